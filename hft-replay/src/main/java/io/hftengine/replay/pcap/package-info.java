/**
 * Capture files: {@link io.hftengine.replay.pcap.PcapReader} plays classic pcap (either byte
 * order, micro- or nanosecond) and pcapng, plain or gzipped, memory-mapped, delivering each IPv4
 * UDP payload to a {@link io.hftengine.replay.pcap.PacketHandler} and counting every other record
 * under a {@link io.hftengine.replay.pcap.SkipReason}; {@link io.hftengine.replay.pcap.PcapWriter}
 * records datagrams into a crash-safe nanosecond pcap that Wireshark opens, and
 * {@link io.hftengine.replay.pcap.PcapRepair} cuts the recording of a writer that died after its
 * last complete record. The {@code *Descriptor} classes hold the file and frame layouts.
 */
package io.hftengine.replay.pcap;
