package io.hftengine.pipeline.gateway;

import io.hftengine.pipeline.message.Order;
import io.hftengine.protocol.ouch.CancelOrderMessage;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.TickRounding;
import org.agrona.MutableDirectBuffer;

/**
 * Serialises orders as OUCH 4.2 in place, without allocating.
 *
 * <p>The order token is the client order id in decimal, left-justified (14 characters hold ids
 * up to 10^14 - 1), so replies map back to ids by parsing digits, with no lookup table. Prices
 * go to the wire's 4 decimals rounded away from aggression (buys down, sells up), so rounding
 * can never make an order more aggressive than risk approved. Fixed fields: display 'Y',
 * capacity 'P', intermarket sweep 'N', minimum quantity 0, cross type 'N', customer type 'N'.
 */
public final class OuchOrderEncoder {
    /** OUCH 4.2's largest limit price, 199,999.9900, in wire units (4 decimals). */
    public static final long MAX_WIRE_PRICE = 1_999_999_900L;
    private static final int SPACES = 0x20202020;

    private final EnterOrderMessage enter = new EnterOrderMessage();
    private final CancelOrderMessage cancel = new CancelOrderMessage();
    private final long timeInForce;
    private final int firm;

    /**
     * Creates an encoder.
     *
     * @param timeInForce OUCH time in force: 0 immediate-or-cancel, 99998 market hours, 99999 system hours
     * @param firm 4 ASCII bytes packed big-endian, or 0 for spaces
     */
    public OuchOrderEncoder(final long timeInForce, final int firm) {
        if (timeInForce < 0 || timeInForce > 99_999) {
            throw new IllegalArgumentException("timeInForce must be 0..99999, was " + timeInForce);
        }
        this.timeInForce = timeInForce;
        this.firm = firm == 0 ? SPACES : firm;
    }

    /**
     * Tells whether OUCH 4.2 can carry an order's price once rounded to the wire's 4 decimals (as
     * {@link #encodeEnter} rounds it): above 0 and at most {@link #MAX_WIRE_PRICE}. The field has 4
     * bytes and 214,748.3647 means a market order, so a larger price would go out as another one.
     *
     * @param order the order
     * @return false when the order must not be sent
     */
    public static boolean carriesPrice(final Order order) {
        final long price = order.price();
        // A first look before rounding, which could overflow for an absurd price.
        if (price <= 0 || price >= Price.fromWire4(MAX_WIRE_PRICE + 1)) {
            return false;
        }
        final long wire = Price.toWire4(price, order.side() == Side.BUY ? TickRounding.DOWN : TickRounding.UP);
        return wire > 0 && wire <= MAX_WIRE_PRICE;
    }

    /**
     * Writes an Enter Order.
     *
     * @param order the order, with a price {@link #carriesPrice} accepts (another one's low 32 bits
     *     would be written)
     * @param packedSymbol 8-byte stock
     * @param buffer destination
     * @param offset where
     * @return bytes written ({@link EnterOrderMessage#LENGTH})
     */
    public int encodeEnter(final Order order, final long packedSymbol, final MutableDirectBuffer buffer,
                           final int offset) {
        final boolean buy = order.side() == Side.BUY;
        enter.wrapForEncode(buffer, offset).orderTokenNumber(order.orderId()).side(buy ? 'B' : 'S')
            .shares(order.quantity()).stock(packedSymbol)
            .price(Price.toWire4(order.price(), buy ? TickRounding.DOWN : TickRounding.UP))
            .timeInForce(timeInForce).firm(firm).display('Y').capacity('P').intermarketSweepEligibility('N')
            .minimumQuantity(0).crossType('N').customerType('N');
        return EnterOrderMessage.LENGTH;
    }

    /**
     * Writes a Cancel Order for everything left.
     *
     * @param orderId client order id
     * @param buffer destination
     * @param offset where
     * @return bytes written ({@link CancelOrderMessage#LENGTH})
     */
    public int encodeCancel(final long orderId, final MutableDirectBuffer buffer, final int offset) {
        cancel.wrapForEncode(buffer, offset).orderTokenNumber(orderId).shares(0);
        return CancelOrderMessage.LENGTH;
    }
}
