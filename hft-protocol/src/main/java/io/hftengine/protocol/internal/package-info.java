/**
 * Helpers shared by the codecs; not exported.
 */
package io.hftengine.protocol.internal;
