/**
 * SoupBinTCP 3.00: packet layouts, an encoder, a decoder with per-type listener callbacks, and a
 * receiver that reassembles packets across partial reads.
 */
package io.hftengine.protocol.soupbintcp;
