package io.hftengine.types;

/**
 * Proleptic Gregorian date arithmetic on day counts since 1970-01-01, without java.time, so the
 * timestamp formatter allocates nothing. Algorithms after Howard Hinnant's "chrono-compatible
 * low-level date algorithms" (eras of 400 years, March-based years).
 */
final class CivilCalendar {
    private static final long DAYS_PER_ERA = 146_097L;
    /** Days from 0000-03-01 to 1970-01-01. */
    private static final long EPOCH_SHIFT = 719_468L;

    private CivilCalendar() {
    }

    /**
     * Converts a day count to a packed date {@code year * 10000 + month * 100 + day}; valid for
     * years 0 to 9999, which covers every epoch-nanosecond long (1677 to 2262).
     */
    static long packedDate(final long epochDay) {
        final long z = epochDay + EPOCH_SHIFT;
        final long era = Math.floorDiv(z, DAYS_PER_ERA);
        final long dayOfEra = z - era * DAYS_PER_ERA;
        final long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        final long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        final long mp = (5 * dayOfYear + 2) / 153;
        final long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        final long month = mp < 10 ? mp + 3 : mp - 9;
        final long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return year * 10_000 + month * 100 + day;
    }

    /** Converts a valid civil date to days since 1970-01-01. */
    static long epochDay(final long year, final int month, final int day) {
        final long y = month <= 2 ? year - 1 : year;
        final long era = Math.floorDiv(y, 400);
        final long yearOfEra = y - era * 400;
        final long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        final long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
    }

    /** Days in a month of a year (Gregorian leap rule). */
    static int daysInMonth(final long year, final int month) {
        switch (month) {
            case 2:
                final boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }
}
