package io.hftengine.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Timestamps against java.time as the oracle. */
class TimestampPropertiesTest {
    private static final DateTimeFormatter ISO_NANOS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'");

    @Provide
    Arbitrary<Long> instants() {
        return Arbitraries.oneOf(Arbitraries.longs(),
            Arbitraries.longs().between(1_200_000_000_000_000_000L, 1_900_000_000_000_000_000L));
    }

    @Property(tries = 5000)
    void isoFormatAgreesWithJavaTimeAndRoundTrips(@ForAll("instants") final long epochNs) {
        final Instant instant = Instant.ofEpochSecond(Math.floorDiv(epochNs, 1_000_000_000L), Math.floorMod(epochNs, 1_000_000_000L));
        final String expected = ISO_NANOS.format(instant.atZone(ZoneId.of("UTC")));
        assertEquals(expected, Timestamp.toIsoString(epochNs));
        final byte[] bytes = new byte[Timestamp.ISO_LENGTH];
        Timestamp.formatIso(epochNs, bytes, 0);
        assertEquals(expected, new String(bytes, StandardCharsets.US_ASCII));
        assertEquals(epochNs, Timestamp.parseIso(expected));
    }

    @Property(tries = 3000)
    void itchRoundTripAgreesWithZonedDateTime(@ForAll @IntRange(min = 0, max = 40_000) final int dayOffset,
                                              @ForAll @LongRange(min = 0, max = 86_399_999_999_999L) final long nanos) {
        final LocalDate date = LocalDate.of(1990, 1, 1).plusDays(dayOffset);
        final ZoneId zone = ZoneId.of(Timestamp.NASDAQ_ZONE);
        final long midnight = Timestamp.midnightEpochNanos(date, zone);
        final ZonedDateTime start = date.atStartOfDay(zone);
        assertEquals(start.toEpochSecond() * 1_000_000_000L, midnight);
        final long epochNs = Timestamp.fromNanosSinceMidnight(midnight, nanos);
        final Instant expected = start.toInstant().plusNanos(nanos);
        assertEquals(expected.getEpochSecond() * 1_000_000_000L + expected.getNano(), epochNs);
        assertEquals(nanos, Timestamp.toNanosSinceMidnight(epochNs, midnight));
        final ByteBuffer field = ByteBuffer.allocate(6);
        Timestamp.writeUint48(field, 0, nanos);
        assertEquals(nanos, Timestamp.readUint48(field.array(), 0));
    }
}
