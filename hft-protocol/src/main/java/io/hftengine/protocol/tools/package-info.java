/**
 * Tools over the codecs: {@link io.hftengine.protocol.tools.ItchStatistics} (reusable counting of
 * an ITCH stream) and the {@link io.hftengine.protocol.tools.InspectBinaryFile} command.
 */
package io.hftengine.protocol.tools;
