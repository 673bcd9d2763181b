/**
 * The fixed-size, pre-allocated events that travel between pipeline stages.
 *
 * <p>Every event is a mutable object owned by an SPSC ring slot: the producer fills it in place
 * after claiming the slot and the consumer reads it in place; nothing is allocated per event.
 *
 * <p>Units, everywhere in the pipeline:
 * <ul>
 *   <li>prices are {@code io.hftengine.types.Price} raws: the price times 10^8 in a {@code long};
 *   <li>quantities are whole shares in a {@code long} (ITCH and OUCH count shares);
 *   <li>symbols are dense {@code int} ids equal to the ITCH stock locate code (1..65535);
 *   <li>{@code ...Ns} times are nanoseconds since the epoch read from the injected
 *       {@code io.hftengine.types.Clock} (virtual time in replay); {@code ...Ticks} stamps come
 *       from the latency ticker and are for measurement only, never for decisions.
 * </ul>
 */
package io.hftengine.pipeline.message;
