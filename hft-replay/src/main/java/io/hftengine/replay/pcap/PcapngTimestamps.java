package io.hftengine.replay.pcap;

/**
 * Converts pcapng timestamps to epoch nanoseconds for any {@code if_tsresol}: a power of ten
 * (bit 7 clear) or of two (bit 7 set), default 10^-6.
 */
final class PcapngTimestamps {
    /** Resolution of an interface with no {@code if_tsresol} option: microseconds. */
    static final int DEFAULT_RESOLUTION = 6;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private PcapngTimestamps() {
    }

    /**
     * Converts one timestamp.
     *
     * @param timestamp     units since the epoch (less the offset), from the packet block
     * @param resolution    the interface's {@code if_tsresol} byte
     * @param offsetSeconds the interface's {@code if_tsoffset}
     * @return nanoseconds since the Unix epoch
     */
    static long toEpochNanos(final long timestamp, final int resolution, final long offsetSeconds) {
        final int exponent = resolution & 0x7F;
        final long nanos;
        if ((resolution & 0x80) == 0) {
            if (exponent <= 9) {
                nanos = timestamp * POWERS_OF_TEN[9 - exponent];
            } else {
                nanos = exponent - 9 < POWERS_OF_TEN.length ? Long.divideUnsigned(timestamp, POWERS_OF_TEN[exponent - 9]) : 0;
            }
        } else if (exponent >= 64) {
            nanos = 0;
        } else {
            final long seconds = timestamp >>> exponent;
            long fraction = timestamp & ((1L << exponent) - 1);
            int fractionBits = exponent;
            // Keep fraction * 10^9 inside 64 bits: 30 bits of fraction are finer than a nanosecond.
            if (fractionBits > 30) {
                fraction >>>= fractionBits - 30;
                fractionBits = 30;
            }
            nanos = seconds * NANOS_PER_SECOND + ((fraction * NANOS_PER_SECOND) >>> fractionBits);
        }
        return nanos + offsetSeconds * NANOS_PER_SECOND;
    }
}
