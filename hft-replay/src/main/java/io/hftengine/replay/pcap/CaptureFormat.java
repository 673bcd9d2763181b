package io.hftengine.replay.pcap;

/**
 * The container format of a capture file, recognised from its first bytes.
 */
public enum CaptureFormat {
    /** Classic pcap, timestamps in microseconds (magic a1b2c3d4, either byte order). */
    PCAP_MICROS,
    /** Classic pcap, timestamps in nanoseconds (magic a1b23c4d, either byte order). */
    PCAP_NANOS,
    /** pcapng, sections in either byte order, per-interface timestamp resolution. */
    PCAPNG
}
