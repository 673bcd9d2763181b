package io.hftengine.pipeline.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hftengine.protocol.ouch.AcceptedMessage;
import io.hftengine.protocol.ouch.CancelOrderMessage;
import io.hftengine.protocol.ouch.CanceledMessage;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.protocol.ouch.RejectedMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * The simulated venue against NASDAQ's OUCH 4.2 specification: order tokens are day-unique and an
 * Enter Order that reuses one is ignored (host-bound messages "can be benignly resent"); a reject
 * names the spec's reason and the order's own token; a time-in-force of 0 (immediate or cancel)
 * cancels what did not fill at once, reason 'I'; a Cancel Order whose intended size does not
 * reduce the order changes nothing and is not answered with a Canceled of 0 shares.
 */
class SimulatedExchangeOuchConformanceTest {
    private static final long STOCK = 0x4142432020202020L; // "ABC     "
    private static final long PRICE = 100_0000;
    private static final long MARKET_HOURS = 99_998;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);
    private final List<String> replies = new ArrayList<>();
    private final ReplyHandler record = (b, offset, length) -> {
        final char type = (char) b.getByte(offset);
        switch (type) {
            case (char) AcceptedMessage.MESSAGE_TYPE -> {
                final AcceptedMessage a = new AcceptedMessage().wrap(b, offset);
                replies.add("A " + a.orderTokenNumber() + " " + a.shares() + " " + a.orderState());
            }
            case (char) ExecutedMessage.MESSAGE_TYPE -> {
                final ExecutedMessage e = new ExecutedMessage().wrap(b, offset);
                replies.add("E " + e.orderTokenNumber() + " " + e.executedShares() + " #" + e.matchNumber());
            }
            case (char) CanceledMessage.MESSAGE_TYPE -> {
                final CanceledMessage c = new CanceledMessage().wrap(b, offset);
                replies.add("C " + c.orderTokenNumber() + " " + c.decrementShares() + " " + c.reason());
            }
            case (char) RejectedMessage.MESSAGE_TYPE -> {
                final byte[] token = new byte[14];
                b.getBytes(offset + RejectedMessage.ORDER_TOKEN_OFFSET, token);
                replies.add("J " + new String(token, StandardCharsets.US_ASCII).trim() + " "
                    + new RejectedMessage().wrap(b, offset).reason());
            }
            default -> replies.add(String.valueOf(type));
        }
    };

    @Test
    void anEnterOrderReusingTheTokenOfAFilledOrderIsIgnored() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 100, 1_000_000, 16);
        enter(venue, 1, 100, PRICE, MARKET_HOURS);
        enter(venue, 1, 100, PRICE, MARKET_HOURS);
        assertEquals(List.of("A 1 100 L", "E 1 100 #1"), replies, "the token was used today: no second order");
        assertEquals(0, venue.restingOrders());
        assertEquals(1, venue.duplicateTokensIgnored());
    }

    @Test
    void anEnterOrderReusingTheTokenOfACancelledOrderIsIgnored() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 0, 1_000_000, 16);
        enter(venue, 5, 100, PRICE, MARKET_HOURS);
        cancel(venue, 5, 0);
        enter(venue, 5, 300, PRICE, MARKET_HOURS);
        assertEquals(List.of("A 5 100 L", "C 5 100 U"), replies);
        assertEquals(0, venue.restingOrders());
    }

    @Test
    void aResentEnterOrderOfARestingOrderIsIgnoredNotRejected() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 0, 1_000_000, 16);
        enter(venue, 9, 100, PRICE, MARKET_HOURS);
        enter(venue, 9, 100, PRICE, MARKET_HOURS);
        assertEquals(List.of("A 9 100 L"), replies, "a reject of the resend would read as a reject of the order");
        assertEquals(1, venue.restingOrders());
    }

    @Test
    void anEnterOrderReusingTheTokenOfARejectedOrderIsIgnored() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 100, 1_000, 16);
        enter(venue, 3, 5_000, PRICE, MARKET_HOURS);
        enter(venue, 3, 500, PRICE, MARKET_HOURS);
        assertEquals(List.of("J 3 Z"), replies);
    }

    @Test
    void tokensNeedNotRiseToBeAccepted() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 0, 1_000_000, 16);
        enter(venue, 10, 100, PRICE, MARKET_HOURS);
        enter(venue, 4, 100, PRICE, MARKET_HOURS);
        enter(venue, 11, 100, PRICE, MARKET_HOURS);
        enter(venue, 4, 100, PRICE, MARKET_HOURS);
        enter(venue, 5, 100, PRICE, MARKET_HOURS);
        assertEquals(List.of("A 10 100 L", "A 4 100 L", "A 11 100 L", "A 5 100 L"), replies);
    }

    @Test
    void aZeroPriceIsRejectedAsAnInvalidPrice() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 100, 1_000_000, 16);
        enter(venue, 2, 100, 0, MARKET_HOURS);
        assertEquals(List.of("J 2 X"), replies);
    }

    @Test
    void aPriceAboveTheSpecsMaximumIsRejectedAsAnInvalidPrice() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 100, 1_000_000, 16);
        enter(venue, 2, 100, 200_000_0000L, MARKET_HOURS); // the largest price is 199,999.9900
        enter(venue, 3, 100, 199_999_9900L, MARKET_HOURS);
        assertEquals(List.of("J 2 X", "A 3 100 L", "E 3 100 #1"), replies);
    }

    @Test
    void sharesOverTheSafetyThresholdAreRejectedWithReasonZ() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 100, 1_000, 16);
        enter(venue, 2, 1_001, PRICE, MARKET_HOURS);
        assertEquals(List.of("J 2 Z"), replies);
    }

    @Test
    void aRejectOfATokenThatIsNotANumberEchoesTheTokenItself() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 100, 1_000_000, 16);
        new EnterOrderMessage().wrapForEncode(buffer, 0).orderToken("ALPHA7").side('B').shares(100).stock(STOCK)
            .price(PRICE).timeInForce(MARKET_HOURS).firm(0).display('Y').capacity('P')
            .intermarketSweepEligibility('N').minimumQuantity(0).crossType('N').customerType(' ');
        venue.handle(buffer, 0, EnterOrderMessage.LENGTH, record);
        assertEquals(List.of("J ALPHA7 O"), replies, "a reject for token '0' reaches no order of the client");
    }

    @Test
    void anImmediateOrCancelOrderCancelsWhatDidNotFillAtOnce() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 40, 1_000_000, 16);
        enter(venue, 1, 100, PRICE, 0);
        assertEquals(List.of("A 1 100 L", "E 1 40 #1", "C 1 60 I"), replies);
        assertEquals(0, venue.restingOrders(), "an IOC order never rests");
    }

    @Test
    void anImmediateOrCancelOrderThatCannotFillIsCancelledWhole() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 0, 1_000_000, 16);
        enter(venue, 1, 100, PRICE, 0);
        assertEquals(List.of("A 1 100 L", "C 1 100 I"), replies);
        assertEquals(0, venue.restingOrders());
    }

    @Test
    void anImmediateOrCancelOrderThatFillsWholeSendsNoCanceled() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 100, 1_000_000, 16);
        enter(venue, 1, 100, PRICE, 0);
        assertEquals(List.of("A 1 100 L", "E 1 100 #1"), replies);
    }

    @Test
    void aCancelToASizeAtOrAboveWhatIsLeftChangesNothingAndSendsNoCanceled() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 0, 1_000_000, 16);
        enter(venue, 1, 100, PRICE, MARKET_HOURS);
        cancel(venue, 1, 100);
        cancel(venue, 1, 500);
        assertEquals(List.of("A 1 100 L"), replies, "a Canceled of 0 shares reduces nothing");
        cancel(venue, 1, 30);
        assertEquals(List.of("A 1 100 L", "C 1 70 U"), replies);
        assertEquals(1, venue.restingOrders());
    }

    @Test
    void matchNumbersRiseAcrossOrdersAndFills() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 50, 1_000_000, 16);
        enter(venue, 1, 100, PRICE, MARKET_HOURS);
        enter(venue, 2, 100, PRICE, 0);
        enter(venue, 3, 10, PRICE, MARKET_HOURS);
        assertEquals(List.of("A 1 100 L", "E 1 50 #1", "A 2 100 L", "E 2 50 #2", "C 2 50 I", "A 3 10 L",
            "E 3 5 #3"), replies);
    }

    @Test
    void replaceAndModifyRequestsAreCountedAsNotSimulatedNotLostSilently() {
        final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 0, 1_000_000, 16);
        enter(venue, 1, 100, PRICE, MARKET_HOURS);
        new io.hftengine.protocol.ouch.ReplaceOrderMessage().wrapForEncode(buffer, 0);
        venue.handle(buffer, 0, io.hftengine.protocol.ouch.ReplaceOrderMessage.LENGTH, record);
        new io.hftengine.protocol.ouch.ModifyOrderMessage().wrapForEncode(buffer, 0);
        venue.handle(buffer, 0, io.hftengine.protocol.ouch.ModifyOrderMessage.LENGTH, record);
        assertEquals(List.of("A 1 100 L"), replies, "no reply to either");
        assertEquals(2, venue.unsupportedRequestsIgnored());
        assertEquals(1, venue.restingOrders(), "the order stands as it was");
    }

    private void enter(final SimulatedExchange venue, final long token, final long shares, final long price,
                       final long timeInForce) {
        new EnterOrderMessage().wrapForEncode(buffer, 0).orderTokenNumber(token).side('B').shares(shares)
            .stock(STOCK).price(price).timeInForce(timeInForce).firm(0).display('Y').capacity('P')
            .intermarketSweepEligibility('N').minimumQuantity(0).crossType('N').customerType(' ');
        venue.handle(buffer, 0, EnterOrderMessage.LENGTH, record);
    }

    private void cancel(final SimulatedExchange venue, final long token, final long shares) {
        new CancelOrderMessage().wrapForEncode(buffer, 0).orderTokenNumber(token).shares(shares);
        venue.handle(buffer, 0, CancelOrderMessage.LENGTH, record);
    }
}
