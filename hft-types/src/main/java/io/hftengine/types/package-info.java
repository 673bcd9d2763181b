/**
 * Value types of the toolkit, all on primitives so hot paths never allocate: fixed-point
 * {@link io.hftengine.types.Price} and {@link io.hftengine.types.Quantity} (raw = value x 10^8),
 * {@link io.hftengine.types.Timestamp} (epoch nanoseconds), {@link io.hftengine.types.Side},
 * 8-byte {@link io.hftengine.types.Symbol}s and the dense-id {@link io.hftengine.types.SymbolTable},
 * and the injected {@link io.hftengine.types.Clock}.
 */
package io.hftengine.types;
