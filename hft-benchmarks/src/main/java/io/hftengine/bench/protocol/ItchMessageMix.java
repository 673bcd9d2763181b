package io.hftengine.bench.protocol;

import io.hftengine.protocol.binaryfile.BinaryFileDescriptor;
import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.NoiiMessage;
import io.hftengine.protocol.itch.OrderCancelMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.OrderExecutedMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.protocol.itch.TradeMessage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Builds a BinaryFILE-framed buffer of ITCH messages in the proportions of NASDAQ's published
 * full day of 30 Oct 2019 (A 43.3%, D 41.9%, U 8.7%, E 2.5%, I 1.3%, X 1.2%, P 0.5%, F 0.5%),
 * from a fixed seed so every run decodes the same bytes.
 */
final class ItchMessageMix
{
    private static final long[] SYMBOLS = {
        pack("AAPL"), pack("MSFT"), pack("AMZN"), pack("GOOG"), pack("TSLA"), pack("NVDA"), pack("META"), pack("QQQ")};

    private ItchMessageMix()
    {
    }

    /** Packs up to 8 ASCII characters big-endian, space padded, as ITCH stock fields read. */
    static long pack(final String symbol)
    {
        long packed = 0;
        for (int i = 0; i < 8; i++)
        {
            packed = (packed << 8) | (i < symbol.length() ? symbol.charAt(i) : ' ');
        }
        return packed;
    }

    /**
     * Writes {@code count} framed messages into a new direct buffer.
     *
     * @param count messages to write
     * @param seed random seed
     * @return a buffer exactly as long as the frames
     */
    static UnsafeBuffer binaryFile(final int count, final long seed)
    {
        final UnsafeBuffer scratch = new UnsafeBuffer(ByteBuffer.allocateDirect(count * 52).order(ByteOrder.BIG_ENDIAN));
        final SplittableRandom random = new SplittableRandom(seed);
        final Writers w = new Writers();
        int position = 0;
        long timestamp = 34_200_000_000_000L;
        for (int i = 0; i < count; i++)
        {
            timestamp += random.nextInt(2_000);
            final int at = position + BinaryFileDescriptor.LENGTH_PREFIX_SIZE;
            final int length = writeOne(scratch, at, random, timestamp, i, w);
            scratch.putShort(position, (short)length, ByteOrder.BIG_ENDIAN);
            position = at + length;
        }
        final UnsafeBuffer exact = new UnsafeBuffer(ByteBuffer.allocateDirect(position));
        exact.putBytes(0, scratch, 0, position);
        return exact;
    }

    private static int writeOne(
        final MutableDirectBuffer buffer, final int at, final SplittableRandom random, final long timestamp, final int i,
        final Writers w)
    {
        final int locate = 1 + random.nextInt(SYMBOLS.length);
        final long symbol = SYMBOLS[locate - 1];
        final long ref = 1 + random.nextInt(1_000_000);
        final long price = 1_000_000 + random.nextInt(100_000);
        final int roll = random.nextInt(1000);
        if (roll < 433)
        {
            w.add.wrapForEncode(buffer, at).stockLocate(locate).timestampNs(timestamp).orderReferenceNumber(ref)
                .side(random.nextBoolean() ? 'B' : 'S').shares(100).stock(symbol).price(price);
            return AddOrderMessage.LENGTH;
        }
        if (roll < 852)
        {
            w.delete.wrapForEncode(buffer, at).stockLocate(locate).timestampNs(timestamp).orderReferenceNumber(ref);
            return OrderDeleteMessage.LENGTH;
        }
        if (roll < 939)
        {
            w.replace.wrapForEncode(buffer, at).stockLocate(locate).timestampNs(timestamp)
                .originalOrderReferenceNumber(ref).newOrderReferenceNumber(ref + 1_000_000).shares(200).price(price);
            return OrderReplaceMessage.LENGTH;
        }
        if (roll < 964)
        {
            w.executed.wrapForEncode(buffer, at).stockLocate(locate).timestampNs(timestamp).orderReferenceNumber(ref)
                .executedShares(100).matchNumber(i);
            return OrderExecutedMessage.LENGTH;
        }
        if (roll < 977)
        {
            w.noii.wrapForEncode(buffer, at).stockLocate(locate).timestampNs(timestamp).pairedShares(1000)
                .imbalanceShares(100).imbalanceDirection('B').stock(symbol).farPrice(price).nearPrice(price)
                .currentReferencePrice(price).crossType('C').priceVariationIndicator('L');
            return NoiiMessage.LENGTH;
        }
        if (roll < 989)
        {
            w.cancel.wrapForEncode(buffer, at).stockLocate(locate).timestampNs(timestamp).orderReferenceNumber(ref)
                .canceledShares(50);
            return OrderCancelMessage.LENGTH;
        }
        if (roll < 995)
        {
            w.trade.wrapForEncode(buffer, at).stockLocate(locate).timestampNs(timestamp).side('B').shares(100)
                .stock(symbol).price(price).matchNumber(i);
            return TradeMessage.LENGTH;
        }
        w.addMpid.wrapForEncode(buffer, at).stockLocate(locate).timestampNs(timestamp).orderReferenceNumber(ref)
            .side('S').shares(300).stock(symbol).price(price).attribution((int)(pack("GSCO") >>> 32));
        return AddOrderMpidMessage.LENGTH;
    }

    private static final class Writers
    {
        final AddOrderMessage add = new AddOrderMessage();
        final AddOrderMpidMessage addMpid = new AddOrderMpidMessage();
        final OrderDeleteMessage delete = new OrderDeleteMessage();
        final OrderReplaceMessage replace = new OrderReplaceMessage();
        final OrderExecutedMessage executed = new OrderExecutedMessage();
        final OrderCancelMessage cancel = new OrderCancelMessage();
        final TradeMessage trade = new TradeMessage();
        final NoiiMessage noii = new NoiiMessage();
    }
}
