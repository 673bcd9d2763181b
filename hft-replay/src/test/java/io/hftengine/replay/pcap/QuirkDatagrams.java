package io.hftengine.replay.pcap;

import java.nio.charset.StandardCharsets;

/**
 * The one UDP flow the capture-quirk tests wrap in other tools' framings: a feed datagram from
 * 10.0.0.1:1234 to 233.54.54.1:26400 whose payload is a short text, and what the reader must
 * deliver for it.
 */
final class QuirkDatagrams {
    static final long T0 = 1_700_000_000_123_456_000L;
    static final int SRC = 0x0A000001;
    static final int DST = 0xE9363601;

    private QuirkDatagrams() {
    }

    static byte[] payload(final String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The datagram as an IPv4/UDP packet, no link header. */
    static byte[] udp(final String text) {
        return Frames.ipv4Udp(SRC, 1234, DST, 26400, payload(text));
    }

    /** What the reader delivers for it at {@code time}. */
    static Datagram datagram(final long time, final String text) {
        return new Datagram(time, SRC, 1234, DST, 26400, payload(text));
    }
}
