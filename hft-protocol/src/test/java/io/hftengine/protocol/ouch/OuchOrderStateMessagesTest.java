package io.hftengine.protocol.ouch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.DecodeError;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * The OUCH 4.2 messages about an order's state besides accept, execution, cancel and reject:
 * AIQ Canceled, Broken Trade, Cancel Pending, Cancel Reject, Order Priority Update and Order
 * Modified from the venue, Modify Order to it. Each written with its setters is decoded, by the
 * decoders, into the same fields; one byte short is a counted length mismatch, never a dispatch.
 */
class OuchOrderStateMessagesTest
{
    private static final long TS = 34_200_000_000_123L;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
    private final List<String> seen = new ArrayList<>();
    private final OuchOutboundDecoder outbound = new OuchOutboundDecoder(new OuchOutboundListener()
    {
        @Override
        public void onAiqCanceled(final AiqCanceledMessage m)
        {
            seen.add("D " + m.timestampNs() + " " + m.orderTokenNumber() + " " + m.decrementShares() + " " + m.reason()
                + " " + m.quantityPreventedFromTrading() + " " + m.executionPrice() + " " + m.liquidityFlag());
        }

        @Override
        public void onBrokenTrade(final BrokenTradeMessage m)
        {
            seen.add("B " + m.timestampNs() + " " + m.orderTokenNumber() + " " + m.matchNumber() + " " + m.reason());
        }

        @Override
        public void onCancelPending(final CancelPendingMessage m)
        {
            seen.add("P " + m.timestampNs() + " " + m.orderTokenNumber());
        }

        @Override
        public void onCancelReject(final CancelRejectMessage m)
        {
            seen.add("I " + m.timestampNs() + " " + m.orderTokenNumber());
        }

        @Override
        public void onOrderPriorityUpdate(final OrderPriorityUpdateMessage m)
        {
            seen.add("T " + m.timestampNs() + " " + m.orderTokenNumber() + " " + m.price() + " " + m.display() + " "
                + m.orderReferenceNumber());
        }

        @Override
        public void onOrderModified(final OrderModifiedMessage m)
        {
            seen.add("M " + m.timestampNs() + " " + m.orderTokenNumber() + " " + m.side() + " " + m.shares());
        }
    });

    @Test
    void outboundMessagesDecodeIntoTheFieldsWritten()
    {
        decode(new AiqCanceledMessage().wrapForEncode(buffer, 0).timestampNs(TS).orderTokenNumber(42)
            .decrementShares(300).reason('Q').quantityPreventedFromTrading(4_000_000_000L).executionPrice(1_502_500)
            .liquidityFlag('A').messageLength());
        decode(new BrokenTradeMessage().wrapForEncode(buffer, 0).timestampNs(TS).orderTokenNumber(43)
            .matchNumber(Long.MAX_VALUE).reason('E').messageLength());
        decode(new CancelPendingMessage().wrapForEncode(buffer, 0).timestampNs(TS).orderTokenNumber(44).messageLength());
        decode(new CancelRejectMessage().wrapForEncode(buffer, 0).timestampNs(TS).orderTokenNumber(45).messageLength());
        decode(new OrderPriorityUpdateMessage().wrapForEncode(buffer, 0).timestampNs(TS).orderTokenNumber(46)
            .price(99_990_000).display('Y').orderReferenceNumber(123_456_789_012L).messageLength());
        decode(new OrderModifiedMessage().wrapForEncode(buffer, 0).timestampNs(TS).orderTokenNumber(47).side('T')
            .shares(100).messageLength());
        assertEquals(List.of(
            "D " + TS + " 42 300 Q 4000000000 1502500 A",
            "B " + TS + " 43 " + Long.MAX_VALUE + " E",
            "P " + TS + " 44",
            "I " + TS + " 45",
            "T " + TS + " 46 99990000 Y 123456789012",
            "M " + TS + " 47 T 100"), seen);
        assertEquals(0, outbound.errorCounters().total());
    }

    @Test
    void oneByteShortIsALengthMismatchForEach()
    {
        final int[][] typesAndLengths = {{'D', AiqCanceledMessage.LENGTH}, {'B', BrokenTradeMessage.LENGTH},
            {'P', CancelPendingMessage.LENGTH}, {'I', CancelRejectMessage.LENGTH},
            {'T', OrderPriorityUpdateMessage.LENGTH}, {'M', OrderModifiedMessage.LENGTH}};
        for (final int[] typeAndLength : typesAndLengths)
        {
            buffer.putByte(0, (byte)typeAndLength[0]);
            assertFalse(outbound.decode(buffer, 0, typeAndLength[1] - 1), (char)typeAndLength[0] + " one byte short");
        }
        assertEquals(typesAndLengths.length, outbound.errorCounters().count(DecodeError.LENGTH_MISMATCH));
        assertEquals(List.of(), seen);
    }

    @Test
    void modifyOrderReachesTheVenueSide()
    {
        final List<String> modifies = new ArrayList<>();
        final OuchInboundDecoder inbound = new OuchInboundDecoder(new OuchInboundListener()
        {
            @Override
            public void onModifyOrder(final ModifyOrderMessage m)
            {
                modifies.add(m.orderTokenNumber() + " " + m.side() + " " + m.shares());
            }
        });
        final int length = new ModifyOrderMessage().wrapForEncode(buffer, 0).orderTokenNumber(7).side('S')
            .shares(50).messageLength();
        assertTrue(inbound.decode(buffer, 0, length));
        assertEquals(List.of("7 S 50"), modifies);
        assertFalse(inbound.decode(buffer, 0, length - 1));
    }

    private void decode(final int length)
    {
        assertTrue(outbound.decode(buffer, 0, length), "decoded");
    }
}
