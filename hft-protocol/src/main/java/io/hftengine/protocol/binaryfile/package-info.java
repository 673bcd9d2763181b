/**
 * NASDAQ BinaryFILE framing (2-byte big-endian length + message): a windowed memory-mapped
 * {@link io.hftengine.protocol.binaryfile.BinaryFileReader} for files of any size and an in-memory
 * {@link io.hftengine.protocol.binaryfile.BinaryFileFrameDecoder}.
 */
package io.hftengine.protocol.binaryfile;
