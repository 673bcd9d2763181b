package io.hftengine.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampTest {
    private static final ZoneId NEW_YORK = ZoneId.of(Timestamp.NASDAQ_ZONE);

    @Test
    void formatsIsoWithNineDigits() {
        final long ns = Timestamp.parseIso("2010-12-24T14:30:00.123456789Z");
        assertEquals(Instant.parse("2010-12-24T14:30:00.123456789Z").getEpochSecond() * 1_000_000_000L + 123_456_789L, ns);
        assertEquals("2010-12-24T14:30:00.123456789Z", Timestamp.toIsoString(ns));
        assertEquals("1970-01-01T00:00:00.000000000Z", Timestamp.toIsoString(0));
        assertEquals("1969-12-31T23:59:59.999999999Z", Timestamp.toIsoString(-1));
        assertEquals("2262-04-11T23:47:16.854775807Z", Timestamp.toIsoString(Long.MAX_VALUE));
        assertEquals("1677-09-21T00:12:43.145224192Z", Timestamp.toIsoString(Long.MIN_VALUE));
        assertEquals("2024-02-29T00:00:00.000000000Z", Timestamp.toIsoString(Timestamp.parseIso("2024-02-29T00:00:00.000000000Z")));
        assertEquals(Long.MIN_VALUE, Timestamp.parseIso("1677-09-21T00:12:43.145224192Z"));
        assertEquals(Long.MAX_VALUE, Timestamp.parseIso("2262-04-11T23:47:16.854775807Z"));
    }

    @Test
    void formatsIntoBytes() {
        final byte[] dst = new byte[Timestamp.ISO_LENGTH + 2];
        assertEquals(Timestamp.ISO_LENGTH, Timestamp.formatIso(1_293_201_000_123_456_789L, dst, 2));
        assertEquals("2010-12-24T14:30:00.123456789Z", new String(dst, 2, Timestamp.ISO_LENGTH, StandardCharsets.US_ASCII));
        assertEquals(-1, Timestamp.formatIso(0, dst, 3));
        assertEquals(-1, Timestamp.formatIso(0, dst, -1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2010-12-24T14:30:00Z", "2010-12-24T14:30:00.123456789", "2010-13-24T14:30:00.123456789Z",
        "2010-02-29T14:30:00.123456789Z", "2010-12-24T24:00:00.000000000Z", "2010-12-24T14:60:00.000000000Z",
        "2010-12-24T14:30:60.000000000Z", "2010-12-24 14:30:00.123456789Z", "2010-12-2xT14:30:00.123456789Z",
        "2262-04-11T23:47:16.854775808Z", "1677-09-21T00:12:43.145224191Z", "2010-00-24T14:30:00.123456789Z",
        "2010-12-00T14:30:00.123456789Z"})
    void rejectsMalformedIso(final String text) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timestamp.parseIso(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void itchMidnightIsNewYorkLocalIncludingDstDays() {
        final long midnight = Timestamp.midnightEpochNanos(LocalDate.of(2019, 1, 30), NEW_YORK);
        assertEquals("2019-01-30T05:00:00.000000000Z", Timestamp.toIsoString(midnight));
        final long summer = Timestamp.midnightEpochNanos(LocalDate.of(2019, 7, 30), NEW_YORK);
        assertEquals("2019-07-30T04:00:00.000000000Z", Timestamp.toIsoString(summer));
        // Nanoseconds since midnight count elapsed time: on the spring-forward day, 9 hours after
        // midnight EST (05:00Z) is 14:00Z, which is 10:00 EDT on the wall clock.
        final long springMidnight = Timestamp.midnightEpochNanos(LocalDate.of(2019, 3, 10), NEW_YORK);
        final long open = Timestamp.fromNanosSinceMidnight(springMidnight, 9L * 3600 * Timestamp.NANOS_PER_SECOND);
        assertEquals("2019-03-10T14:00:00.000000000Z", Timestamp.toIsoString(open));
        assertEquals(9L * 3600 * Timestamp.NANOS_PER_SECOND, Timestamp.toNanosSinceMidnight(open, springMidnight));
    }

    @Test
    void nanosSinceMidnightBounds() {
        final long midnight = Timestamp.midnightEpochNanos(LocalDate.of(2019, 1, 30), NEW_YORK);
        assertEquals(midnight + Timestamp.MAX_UINT48, Timestamp.fromNanosSinceMidnight(midnight, Timestamp.MAX_UINT48));
        assertThrows(IllegalArgumentException.class, () -> Timestamp.fromNanosSinceMidnight(midnight, -1));
        assertThrows(IllegalArgumentException.class, () -> Timestamp.fromNanosSinceMidnight(midnight, 1L << 48));
        assertThrows(ArithmeticException.class, () -> Timestamp.fromNanosSinceMidnight(Long.MAX_VALUE, 1));
        assertThrows(IllegalArgumentException.class, () -> Timestamp.toNanosSinceMidnight(midnight - 1, midnight));
        assertThrows(IllegalArgumentException.class,
            () -> Timestamp.toNanosSinceMidnight(midnight + Timestamp.MAX_UINT48 + 1, midnight));
        assertThrows(IllegalArgumentException.class, () -> Timestamp.toNanosSinceMidnight(Long.MAX_VALUE, Long.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> Timestamp.toNanosSinceMidnight(Long.MIN_VALUE, 1));
        assertEquals(0, Timestamp.toNanosSinceMidnight(midnight, midnight));
    }

    @Test
    void uint48ReadWriteBigEndian() {
        final byte[] bytes = new byte[8];
        Timestamp.writeUint48(bytes, 1, 0x0102_0304_0506L);
        assertEquals(0, bytes[0]);
        assertEquals(1, bytes[1]);
        assertEquals(6, bytes[6]);
        assertEquals(0x0102_0304_0506L, Timestamp.readUint48(bytes, 1));
        Timestamp.writeUint48(bytes, 2, Timestamp.MAX_UINT48);
        assertEquals(Timestamp.MAX_UINT48, Timestamp.readUint48(bytes, 2));
        final ByteBuffer little = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        Timestamp.writeUint48(little, 2, 0x0A0B_0C0D_0E0FL);
        assertEquals(0x0A, little.get(2));
        assertEquals(0x0A0B_0C0D_0E0FL, Timestamp.readUint48(little, 2));
        assertEquals(0, little.position());
        assertThrows(IllegalArgumentException.class, () -> Timestamp.writeUint48(bytes, 0, 1L << 48));
        assertThrows(IllegalArgumentException.class, () -> Timestamp.writeUint48(bytes, 0, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> Timestamp.writeUint48(bytes, 3, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> Timestamp.writeUint48(little, 3, 1));
    }
}
