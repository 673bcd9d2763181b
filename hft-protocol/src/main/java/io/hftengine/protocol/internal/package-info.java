/**
 * Helpers shared by the codecs; exported only to hft-replay, which reads gzipped captures with
 * the same {@link io.hftengine.protocol.internal.InflatingWindow}.
 */
package io.hftengine.protocol.internal;
