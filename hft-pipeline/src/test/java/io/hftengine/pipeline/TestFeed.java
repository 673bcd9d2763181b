package io.hftengine.pipeline;

import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.OrderExecutedMessage;
import io.hftengine.protocol.itch.StockDirectoryMessage;
import io.hftengine.protocol.moldudp64.MoldUdp64PacketEncoder;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.Arrays;

/** Builds ITCH 5.0 messages and MoldUDP64 packets for tests, through hft-protocol's encoders. */
public final class TestFeed {
    public static final String SESSION = "TESTSESS01";

    private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[2048]);
    private final MoldUdp64PacketEncoder packet = new MoldUdp64PacketEncoder();

    public TestFeed() {
    }

    public byte[] stockDirectory(final int locate, final String symbol) {
        new StockDirectoryMessage().wrapForEncode(scratch, 0).stockLocate(locate).timestampNs(1).stock(Symbol.pack(symbol))
            .marketCategory('Q').financialStatusIndicator('N').roundLotSize(100).roundLotsOnly('N')
            .issueClassification('C').authenticity('P').shortSaleThresholdIndicator('N').ipoFlag('N')
            .luldReferencePriceTier('1').etpFlag('N').inverseIndicator('N');
        return copy(StockDirectoryMessage.LENGTH);
    }

    public byte[] addOrder(final int locate, final long ref, final char side, final long shares, final long wirePrice) {
        new AddOrderMessage().wrapForEncode(scratch, 0).stockLocate(locate).timestampNs(2).orderReferenceNumber(ref)
            .side(side).shares(shares).stock(Symbol.pack("X")).price(wirePrice);
        return copy(AddOrderMessage.LENGTH);
    }

    public byte[] execute(final int locate, final long ref, final long shares, final long match) {
        new OrderExecutedMessage().wrapForEncode(scratch, 0).stockLocate(locate).timestampNs(3).orderReferenceNumber(ref)
            .executedShares(shares).matchNumber(match);
        return copy(OrderExecutedMessage.LENGTH);
    }

    public byte[] delete(final int locate, final long ref) {
        new OrderDeleteMessage().wrapForEncode(scratch, 0).stockLocate(locate).timestampNs(4).orderReferenceNumber(ref);
        return copy(OrderDeleteMessage.LENGTH);
    }

    /** A MoldUDP64 packet whose first message has sequence {@code seq}. */
    public byte[] packet(final long seq, final byte[]... messages) {
        final UnsafeBuffer out = new UnsafeBuffer(new byte[1500]);
        packet.wrap(out, 0, 1500, SESSION, seq);
        for (final byte[] m : messages) {
            if (!packet.append(new UnsafeBuffer(m), 0, m.length)) {
                throw new IllegalStateException("packet full");
            }
        }
        return Arrays.copyOf(out.byteArray(), packet.length());
    }

    /** A heartbeat announcing the next sequence number. */
    public byte[] heartbeat(final long nextSeq) {
        return packet(nextSeq);
    }

    private byte[] copy(final int length) {
        final byte[] bytes = new byte[length];
        scratch.getBytes(0, bytes);
        return bytes;
    }
}
