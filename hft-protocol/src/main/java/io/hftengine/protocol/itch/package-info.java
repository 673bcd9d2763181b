/**
 * NASDAQ TotalView-ITCH 5.0: a flyweight per message type (read in place, written with fluent
 * setters), {@link io.hftengine.protocol.itch.ItchListener} and the
 * {@link io.hftengine.protocol.itch.ItchDecoder} that dispatches to it.
 *
 * <p>Conventions: prices are the raw unsigned 4-decimal wire values as {@code long}
 * ({@code io.hftengine.types.Price.fromWire4} converts them); stock symbols are the 8 ASCII bytes
 * packed big-endian into a {@code long}, as {@code io.hftengine.types.Symbol.pack} makes them;
 * timestamps are nanoseconds since midnight; single-character codes are {@code char}.
 */
package io.hftengine.protocol.itch;
