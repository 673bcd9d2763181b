package io.hftengine.bench.orderbook;

import io.hftengine.orderbook.BookChangeListener;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.orderbook.itch.ItchBookAdapter;
import io.hftengine.protocol.binaryfile.BinaryFileDescriptor;
import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.itch.OrderCancelMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.OrderExecutedMessage;
import io.hftengine.protocol.itch.OrderExecutedWithPriceMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.protocol.itch.StockDirectoryMessage;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The {@link ItchDayStreamBenchmark} day as a NASDAQ BinaryFILE (each ITCH 5.0 message behind
 * a 2-byte big-endian length), and a timed replay of such a file: bytes decoded by
 * {@link ItchDecoder} straight into the {@link OrderBook}.
 *
 * <p>Why: another order book, in any language, can then be timed on exactly the same messages on
 * the same machine, parsing included, so the comparison is a ratio measured side by side rather
 * than two numbers from two machines. The file has one Stock Directory a symbol, then the day;
 * every message carries its order's stock locate, as NASDAQ's do, and order references are dense
 * from 1, as on a real day.
 *
 * <p>Run: {@code java -cp benchmarks.jar io.hftengine.bench.orderbook.ItchDayFile write day.itch
 * [realistic|uniform]}, then {@code java -Xms3g -Xmx3g -cp benchmarks.jar
 * io.hftengine.bench.orderbook.ItchDayFile time day.itch [days] [warm-up days]}; the time command
 * also takes any other BinaryFILE (a real day needs a larger order capacity than the default).
 */
public final class ItchDayFile {
    private static final long MARKET_OPEN_NS = 34_200_000_000_000L;
    private static final int MAX_FRAME = 64;
    private static final int PREFIX = BinaryFileDescriptor.LENGTH_PREFIX_SIZE;

    private ItchDayFile() {
    }

    /**
     * Writes or times a day file.
     *
     * @param args {@code write FILE [lifetime]} or {@code time FILE [days] [warm-up days]}
     * @throws IOException when the file cannot be written or read
     */
    public static void main(final String[] args) throws IOException {
        if (args.length < 2 || !("write".equals(args[0]) || "time".equals(args[0]))) {
            System.err.println("usage: ItchDayFile write FILE [realistic|uniform] | time FILE [days] [warm-up days]");
            System.exit(2);
        }
        final Path file = Path.of(args[1]);
        if ("write".equals(args[0])) {
            final SyntheticItchDay day = new SyntheticItchDay(ItchDayStreamBenchmark.EVENTS, 8915, 500_000, 11,
                SyntheticItchDay.Lifetime.of(args.length > 2 ? args[2] : "realistic"));
            final long messages = write(day, file);
            System.out.printf(Locale.ROOT, "%s: %,d messages (%,d symbol directory), %,d bytes; %s%n", file,
                messages, day.symbols, Files.size(file), day.mix());
        } else {
            time(file, args.length > 2 ? Integer.parseInt(args[2]) : 5,
                args.length > 3 ? Integer.parseInt(args[3]) : 3);
        }
    }

    /**
     * Writes the day: a Stock Directory message for each locate, then every event.
     *
     * @param day the day
     * @param file where
     * @return messages written
     * @throws IOException when writing fails
     */
    static long write(final SyntheticItchDay day, final Path file) throws IOException {
        final Encoder encoder = new Encoder(day);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            long messages = 0;
            for (int s = 1; s <= day.symbols; s++) {
                out.write(encoder.frame, 0, encoder.directory(s));
                messages++;
            }
            for (int i = 0, n = day.length(); i < n; i++) {
                out.write(encoder.frame, 0, encoder.event(i));
                messages++;
            }
            return messages;
        }
    }

    private static void time(final Path file, final int days, final int warmups) throws IOException {
        final UnsafeBuffer bytes;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            final MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            map.load();
            bytes = new UnsafeBuffer(map);
        }
        final OrderBook book = new OrderBook();
        final ItchDecoder decoder = new ItchDecoder(new ItchBookAdapter(book, BookChangeListener.NO_OP));
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        double sum = 0;
        for (int d = -warmups; d < days; d++) {
            final long decoded0 = decoder.messagesDecoded();
            final long cpu0 = threads.getCurrentThreadCpuTime();
            final long wall0 = System.nanoTime();
            final int consumed = decoder.decodeBinaryFile(bytes, 0, bytes.capacity());
            final long wall = System.nanoTime() - wall0;
            final long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            final long messages = decoder.messagesDecoded() - decoded0;
            if (consumed != bytes.capacity()) {
                throw new IllegalStateException(file + ": " + (bytes.capacity() - consumed) + " trailing bytes");
            }
            final double cpuPerMessage = cpu / (double) messages;
            if (d >= 0) {
                best = Math.min(best, cpuPerMessage);
                sum += cpuPerMessage;
            }
            System.out.printf(Locale.ROOT, "%s %d: %,d messages, cpu %.1f ns/msg, wall %.1f ns/msg,"
                    + " live orders at end %,d, anomalies %,d%n", d < 0 ? "warm-up" : "timed", d, messages,
                cpuPerMessage, wall / (double) messages, book.liveOrders(), book.totalAnomalies());
        }
        System.out.printf(Locale.ROOT, "%s: cpu ns/msg mean %.1f best %.1f (%.2f M msgs/s at best)%n", file,
            sum / days, best, 1_000.0 / best);
    }

    /** One message at a time into {@link #frame}, length prefix first. */
    private static final class Encoder {
        final byte[] frame = new byte[MAX_FRAME];
        private final UnsafeBuffer buffer = new UnsafeBuffer(frame);
        private final SyntheticItchDay day;
        /** Stock locate by order reference (dense from 1, as the day's references are). */
        private final int[] locateOf;
        private final long[] priceOf;
        /** The 8-byte stock field by locate: "S" and the locate, space-padded. */
        private final long[] stockOf;
        private final StockDirectoryMessage directory = new StockDirectoryMessage();
        private final AddOrderMessage add = new AddOrderMessage();
        private final AddOrderMpidMessage addMpid = new AddOrderMpidMessage();
        private final OrderDeleteMessage delete = new OrderDeleteMessage();
        private final OrderReplaceMessage replace = new OrderReplaceMessage();
        private final OrderExecutedMessage executed = new OrderExecutedMessage();
        private final OrderExecutedWithPriceMessage executedWithPrice = new OrderExecutedWithPriceMessage();
        private final OrderCancelMessage cancel = new OrderCancelMessage();
        private long match;

        Encoder(final SyntheticItchDay day) {
            this.day = day;
            long maxRef = 0;
            for (int i = 0, n = day.length(); i < n; i++) {
                maxRef = Math.max(maxRef, Math.max(day.ref[i], day.newRef[i]));
            }
            locateOf = new int[Math.toIntExact(maxRef + 1)];
            priceOf = new long[locateOf.length];
            stockOf = new long[day.symbols + 1];
            for (int locate = 1; locate <= day.symbols; locate++) {
                final byte[] name = String.format(Locale.ROOT, "S%-7d", locate).getBytes(StandardCharsets.US_ASCII);
                stockOf[locate] = ByteBuffer.wrap(name).getLong();
            }
        }

        int directory(final int locate) {
            directory.wrapForEncode(buffer, PREFIX).stockLocate(locate).timestampNs(MARKET_OPEN_NS - 1)
                .stock(stockOf[locate])
                .marketCategory('Q').financialStatusIndicator('N').roundLotSize(100).roundLotsOnly('N')
                .issueClassification('C').issueSubType(0x2020).authenticity('P').shortSaleThresholdIndicator('N')
                .ipoFlag('N').luldReferencePriceTier('1');
            return framed(directory.messageLength());
        }

        int event(final int i) {
            final long ref = day.ref[i];
            final long time = MARKET_OPEN_NS + i * 5_000L;
            final int length;
            switch (day.kind[i]) {
                case SyntheticItchDay.ADD:
                case SyntheticItchDay.ADD_MPID:
                    locateOf[(int) ref] = day.locate[i];
                    priceOf[(int) ref] = day.price[i];
                    final long stock = stockOf[day.locate[i]];
                    if (day.kind[i] == SyntheticItchDay.ADD) {
                        add.wrapForEncode(buffer, PREFIX).stockLocate(day.locate[i]).timestampNs(time)
                            .orderReferenceNumber(ref).side((char) day.side[i]).shares(day.shares[i]).stock(stock)
                            .price(day.price[i]);
                        length = add.messageLength();
                    } else {
                        addMpid.wrapForEncode(buffer, PREFIX).stockLocate(day.locate[i]).timestampNs(time)
                            .orderReferenceNumber(ref).side((char) day.side[i]).shares(day.shares[i]).stock(stock)
                            .price(day.price[i]).attribution(0x4D504944);
                        length = addMpid.messageLength();
                    }
                    break;
                case SyntheticItchDay.DELETE:
                    delete.wrapForEncode(buffer, PREFIX).stockLocate(locateOf[(int) ref]).timestampNs(time)
                        .orderReferenceNumber(ref);
                    length = delete.messageLength();
                    break;
                case SyntheticItchDay.REPLACE:
                    locateOf[(int) day.newRef[i]] = locateOf[(int) ref];
                    priceOf[(int) day.newRef[i]] = day.price[i];
                    replace.wrapForEncode(buffer, PREFIX).stockLocate(locateOf[(int) ref]).timestampNs(time)
                        .originalOrderReferenceNumber(ref).newOrderReferenceNumber(day.newRef[i])
                        .shares(day.shares[i]).price(day.price[i]);
                    length = replace.messageLength();
                    break;
                case SyntheticItchDay.CANCEL:
                    cancel.wrapForEncode(buffer, PREFIX).stockLocate(locateOf[(int) ref]).timestampNs(time)
                        .orderReferenceNumber(ref).canceledShares(day.shares[i]);
                    length = cancel.messageLength();
                    break;
                case SyntheticItchDay.EXECUTE_PRICE:
                    executedWithPrice.wrapForEncode(buffer, PREFIX).stockLocate(locateOf[(int) ref]).timestampNs(time)
                        .orderReferenceNumber(ref).executedShares(day.shares[i]).matchNumber(++match)
                        .printable('Y').executionPrice(priceOf[(int) ref]);
                    length = executedWithPrice.messageLength();
                    break;
                default:
                    executed.wrapForEncode(buffer, PREFIX).stockLocate(locateOf[(int) ref]).timestampNs(time)
                        .orderReferenceNumber(ref).executedShares(day.shares[i]).matchNumber(++match);
                    length = executed.messageLength();
                    break;
            }
            return framed(length);
        }

        private int framed(final int length) {
            buffer.putShort(0, (short) length, ByteOrder.BIG_ENDIAN);
            return PREFIX + length;
        }
    }
}
