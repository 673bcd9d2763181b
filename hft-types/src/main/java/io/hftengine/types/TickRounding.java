package io.hftengine.types;

/**
 * How {@link Price#roundToTick(long, long, TickRounding)} moves a price that is not on the tick
 * grid. Every mode is exact: the result is always a multiple of the tick.
 */
public enum TickRounding {
    /** Toward negative infinity (floor): a bid that must not pay more than asked. */
    DOWN,
    /** Toward positive infinity (ceiling): an offer that must not sell for less than asked. */
    UP,
    /** Toward zero (truncation). */
    TOWARD_ZERO,
    /** To the nearest tick; an exact half goes away from zero (like {@code RoundingMode.HALF_UP}). */
    NEAREST,
    /** To the nearest tick; an exact half goes to the even multiple (banker's rounding, {@code HALF_EVEN}). */
    NEAREST_EVEN
}
