/**
 * What the protocol codecs share: the {@link io.hftengine.protocol.MessageHandler} that framing
 * layers feed, and allocation-free error reporting ({@link io.hftengine.protocol.DecodeError},
 * {@link io.hftengine.protocol.DecodeErrorCounters}, {@link io.hftengine.protocol.DecodeErrorListener}).
 */
package io.hftengine.protocol;
