package io.hftengine.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.hftengine.pipeline.journal.JournalDescriptor;
import io.hftengine.pipeline.journal.JournalReader;
import io.hftengine.pipeline.journal.JournalRecordHandler;
import io.hftengine.pipeline.recovery.JournalRecovery;
import io.hftengine.pipeline.recovery.RecoveredDay;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.pipeline.risk.RiskEngine;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.pipeline.strategy.QuietStrategy;
import io.hftengine.protocol.ouch.AcceptedMessage;
import io.hftengine.protocol.ouch.AiqCanceledMessage;
import io.hftengine.protocol.ouch.BrokenTradeMessage;
import io.hftengine.protocol.ouch.CancelOrderMessage;
import io.hftengine.protocol.ouch.CancelPendingMessage;
import io.hftengine.protocol.ouch.CancelRejectMessage;
import io.hftengine.protocol.ouch.CanceledMessage;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.protocol.ouch.ExecutedWithReferencePriceMessage;
import io.hftengine.protocol.ouch.ExecutionReply;
import io.hftengine.protocol.ouch.ModifyOrderMessage;
import io.hftengine.protocol.ouch.OrderModifiedMessage;
import io.hftengine.protocol.ouch.OrderPriorityUpdateMessage;
import io.hftengine.protocol.ouch.OrderTokenMessage;
import io.hftengine.protocol.ouch.OuchInboundDecoder;
import io.hftengine.protocol.ouch.OuchInboundListener;
import io.hftengine.protocol.ouch.OuchMessage;
import io.hftengine.protocol.ouch.OuchOutboundDecoder;
import io.hftengine.protocol.ouch.OuchOutboundListener;
import io.hftengine.protocol.ouch.OuchSystemEventMessage;
import io.hftengine.protocol.ouch.PriceCorrectionMessage;
import io.hftengine.protocol.ouch.RejectedMessage;
import io.hftengine.protocol.ouch.ReplaceOrderMessage;
import io.hftengine.protocol.ouch.ReplacedMessage;
import io.hftengine.protocol.ouch.TradeCorrectionMessage;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * {@code hft inspect} on a drop-copy journal ({@link JournalDescriptor}): what an operator reads
 * after a crash. Records by direction and by OUCH 4.2 message type, the time span in UTC and New
 * York, the highest order id, the venue session and its last reply number, records flagged after
 * a drop, a tail cut short, and the orders still open at the end as a restart would recover them
 * ({@link JournalRecovery}, into throwaway stages). Slow path: allocates freely.
 */
final class JournalInspection {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter SECONDS_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Positions listed without --records. */
    private static final int POSITIONS_SHOWN = 20;
    /** Names of the OUCH 4.2 messages we send, by type byte. */
    private static final Map<Character, String> SENT_NAMES = Map.of('O', "Enter Order", 'U', "Replace Order",
            'X', "Cancel Order", 'M', "Modify Order");
    /** Names of the OUCH 4.2 messages the venue sends, by type byte. */
    private static final Map<Character, String> REPLY_NAMES = Map.ofEntries(Map.entry('S', "System Event"),
            Map.entry('A', "Accepted"), Map.entry('U', "Replaced"), Map.entry('C', "Canceled"),
            Map.entry('E', "Executed"), Map.entry('J', "Rejected"), Map.entry('D', "AIQ Canceled"),
            Map.entry('B', "Broken Trade"), Map.entry('P', "Cancel Pending"), Map.entry('I', "Cancel Reject"),
            Map.entry('T', "Order Priority Update"), Map.entry('M', "Order Modified"),
            Map.entry('G', "Executed with Reference Price"), Map.entry('F', "Trade Correction"),
            Map.entry('K', "Price Correction"));

    private JournalInspection() {
    }

    /**
     * Whether a file starts with the journal's magic (whatever its layout version: another
     * version is still a journal, refused by {@link #inspect} by name).
     *
     * @param file a readable file
     * @return true when its first 8 bytes are {@link JournalDescriptor#MAGIC}
     * @throws IOException when it cannot be read
     */
    static boolean isJournal(final Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            final byte[] head = in.readNBytes(Long.BYTES);
            return head.length == Long.BYTES
                    && ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getLong() == JournalDescriptor.MAGIC;
        }
    }

    /**
     * Prints what a journal holds.
     *
     * @param file a file that {@link #isJournal} says is a journal
     * @param listRecords also print each record on one line
     * @param out where the report goes
     * @param err where a refusal or a cut-short tail is said
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#INPUT} when the file is of another layout
     *     version, its header is impossible, it cannot be read, or its records stop at one no
     *     writer makes (cut short or corrupt; the records before it are still reported)
     */
    static int inspect(final Path file, final boolean listRecords, final PrintStream out, final PrintStream err) {
        final Tally tally;
        final JournalReader reader = new JournalReader();
        try {
            final int version = version(file);
            if (version != JournalDescriptor.VERSION) {
                err.println("inspect: " + file + " is a drop-copy journal of layout version " + version
                        + "; this build reads version " + JournalDescriptor.VERSION);
                return ExitCodes.INPUT;
            }
            tally = new Tally(reader, listRecords ? out : null);
            reader.read(file, tally);
        } catch (final IllegalArgumentException | IOException | UncheckedIOException e) {
            err.println("inspect: " + file + ": " + e.getMessage());
            return ExitCodes.INPUT;
        }
        final StringBuilder sb = new StringBuilder(4096);
        sb.append("file: ").append(file).append(" (drop-copy journal, layout version ").append(JournalDescriptor.VERSION)
            .append(", ").append(size(file)).append(" bytes)\n");
        tally.appendTo(sb);
        if (reader.truncatedTail()) {
            sb.append("tail: cut short or corrupt at byte ").append(reader.endPosition()).append('\n');
        } else {
            sb.append("tail: clean, records end at byte ").append(reader.endPosition()).append('\n');
        }
        appendOpenOrders(sb, file, tally, listRecords);
        out.print(sb);
        if (reader.truncatedTail()) {
            // Never written by a writer, even one that crashed (it stores a record's length last):
            // the file was cut (a partial copy) or damaged. run refuses to continue it.
            err.println("inspect: " + file + " is cut short or corrupt after record " + tally.records + " (byte "
                    + reader.endPosition() + ": the file ends inside a record, a record length no writer makes, or records after a stretch of zeros);"
                    + " the records before it are shown;"
                    + " run refuses to continue it");
            return ExitCodes.INPUT;
        }
        return ExitCodes.OK;
    }

    private static int version(final Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            final byte[] head = in.readNBytes(JournalDescriptor.HEADER_LENGTH_OFFSET);
            if (head.length < JournalDescriptor.HEADER_LENGTH_OFFSET) {
                throw new IllegalArgumentException("a journal's magic but only " + head.length + " bytes: not a journal");
            }
            return ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt(JournalDescriptor.VERSION_OFFSET);
        }
    }

    private static long size(final Path file) {
        try {
            return Files.size(file);
        } catch (final IOException e) {
            return -1;
        }
    }

    /**
     * The orders open at the end, as a restart would recover them: {@link JournalRecovery} into
     * throwaway stages whose limits hold any journal (risk limits are not inspect's business), so
     * what it refuses is what a restart would refuse for the journal itself.
     */
    private static void appendOpenOrders(final StringBuilder sb, final Path file, final Tally tally,
                                         final boolean listAll) {
        final RiskLimits limits = RiskLimits.builder().maxSymbols(65_536)
                .maxOpenOrders((int) Math.max(1, Math.min(1_000_000, tally.enterOrders)))
                .maxOrderQuantity(Integer.MAX_VALUE).maxTotalPosition(1_000_000_000_000_000L)
                .maxSymbolPosition(1_000_000_000_000L).build();
        final Recovered recovered = new Recovered();
        final RecoveredDay day;
        try {
            day = JournalRecovery.recover(file, new RiskEngine(limits, new ReferencePrices(limits.maxSymbols()),
                    new KillSwitch()), recovered);
        } catch (final RuntimeException refused) {
            // IllegalArgumentException for a journal recovery refuses; anything else from a
            // damaged file is reported the same way: inspect describes, it never dies of a file.
            sb.append("open orders at the end: not rebuilt, a restart would refuse this journal: ")
                .append(refused.getMessage() == null ? refused.toString() : refused.getMessage()).append('\n');
            return;
        }
        sb.append("open orders at the end: ").append(day.openOrders()).append(" (of ").append(day.ordersRestored())
            .append(" entered; fills ").append(day.fills()).append(")\n");
        for (final OpenOrder order : recovered.orders) {
            sb.append("  order ").append(order.orderId).append(' ').append(order.side).append(' ').append(order.leaves)
                .append(" @ ");
            price(order.price, sb).append(tally.symbolSuffix(order.locate)).append(", sent ").append(utc(order.sentNs))
                .append('\n');
        }
        sb.append("positions at the end: ").append(recovered.positions.size()).append(" symbols not flat");
        // Hundreds of symbols would bury the rest of the report: the largest first, all with --records.
        final List<Map.Entry<Integer, Long>> positions = new ArrayList<>(recovered.positions.entrySet());
        positions.sort((a, b) -> Long.compare(Math.abs(b.getValue()), Math.abs(a.getValue())));
        final int shown = listAll ? positions.size() : Math.min(positions.size(), POSITIONS_SHOWN);
        sb.append(shown < positions.size() ? ", the " + shown + " largest (--records lists all)" : "").append('\n');
        for (final Map.Entry<Integer, Long> position : positions.subList(0, shown)) {
            sb.append("  ").append(position.getValue() > 0 ? "+" : "").append(position.getValue())
                .append(tally.symbolSuffix(position.getKey())).append('\n');
        }
        if (day.killSwitchReason() != null) {
            sb.append("a restart's kill switch trips on these replies: ").append(day.killSwitchReason()).append('\n');
        }
    }

    private static String utc(final long epochNs) {
        return Instant.ofEpochSecond(0, epochNs).toString();
    }

    private static String newYork(final long epochNs) {
        final ZonedDateTime at = Instant.ofEpochSecond(0, epochNs).atZone(NEW_YORK);
        // The fraction in the digits Instant.toString gives the UTC time beside it (0, 3, 6 or 9).
        final int nanos = at.getNano();
        final String fraction = nanos == 0 ? "" : nanos % 1_000_000 == 0 ? String.format(".%03d", nanos / 1_000_000)
            : nanos % 1_000 == 0 ? String.format(".%06d", nanos / 1_000) : String.format(".%09d", nanos);
        return at.toLocalDate() + " " + SECONDS_OF_DAY.format(at) + fraction + " New York";
    }

    private static StringBuilder price(final long price, final StringBuilder sb) {
        return Price.appendTo(price, 4, sb);
    }

    /** An order {@link JournalRecovery} found still working at the end. */
    private record OpenOrder(long orderId, int locate, Side side, long price, long leaves, long sentNs) {
    }

    /** What {@link JournalRecovery} tells a strategy: the orders still working and the positions. */
    private static final class Recovered extends QuietStrategy {
        private final List<OpenOrder> orders = new ArrayList<>();
        private final Map<Integer, Long> positions = new TreeMap<>();

        @Override
        public void onRecoveredOrder(final long orderId, final int symbolId, final Side side, final long price,
                                     final long leavesQuantity, final long sentNs) {
            orders.add(new OpenOrder(orderId, symbolId, side, price, leavesQuantity, sentNs));
        }

        @Override
        public void onRecoveredPosition(final int symbolId, final long position) {
            positions.put(symbolId, position);
        }

    }

    /** Counts of one pass over the journal, and each record's line when they are listed. */
    private static final class Tally implements JournalRecordHandler, OuchInboundListener, OuchOutboundListener {
        /** OUCH 4.2's order token field. */
        private static final int TOKEN_LENGTH = 14;
        private final JournalReader reader;
        private final PrintStream listing;
        private final OuchInboundDecoder sent = new OuchInboundDecoder(this);
        private final OuchOutboundDecoder replies = new OuchOutboundDecoder(this);
        private final Map<Character, Long> sentTypes = new TreeMap<>();
        private final Map<Character, Long> replyTypes = new TreeMap<>();
        private final Map<Integer, String> symbols = new HashMap<>();
        private final StringBuilder line = new StringBuilder(160);
        private final UnsafeBuffer token = new UnsafeBuffer(new byte[TOKEN_LENGTH]);
        private long records;
        private long outbound;
        private long inbound;
        private long sessions;
        private long otherDirection;
        private long sentUndecoded;
        private long repliesUndecoded;
        private long repliesWithoutBytes;
        private long enterOrders;
        private long firstTimeNs;
        private long lastTimeNs;
        private long highestOrderId;
        private long lastVenueReply;
        private String venueSession = "";
        private long sessionStarts;
        private long afterDrop;
        private long firstAfterDrop;
        private long withoutLocates;
        private long orderId;

        Tally(final JournalReader reader, final PrintStream listing) {
            this.reader = reader;
            this.listing = listing;
        }

        @Override
        public void onRecord(final byte direction, final long timeNs, final long orderId, final long sequence,
                             final DirectBuffer buffer, final int offset, final int length) {
            records++;
            if (records == 1) {
                firstTimeNs = timeNs;
            }
            lastTimeNs = timeNs;
            this.orderId = orderId;
            highestOrderId = Math.max(highestOrderId, orderId);
            if (reader.locate() == JournalReader.NO_LOCATE) {
                withoutLocates++;
            }
            if (reader.afterDrop()) {
                afterDrop++;
                firstAfterDrop = firstAfterDrop == 0 ? records : firstAfterDrop;
            }
            line.setLength(0);
            line.append("record ").append(records).append(' ').append(utc(timeNs)).append(' ');
            if (direction == JournalDescriptor.OUTBOUND) {
                outbound++;
                line.append("OUT ");
                if (!sent.decode(buffer, offset, length)) {
                    sentUndecoded++;
                    line.append("not an OUCH 4.2 order message (").append(length).append(" bytes) order ").append(orderId);
                }
            } else if (direction == JournalDescriptor.INBOUND) {
                inbound++;
                reply(sequence, buffer, offset, length);
            } else if (direction == JournalDescriptor.SESSION) {
                sessions++;
                venueSession = buffer.getStringWithoutLengthAscii(offset, length).strip();
                sessionStarts++;
                line.append("SES venue session ").append(venueSession).append(", next reply ").append(sequence);
            } else {
                otherDirection++;
                line.append("direction byte ").append(direction & 0xFF).append(" (not a record a writer makes)");
            }
            if (reader.afterDrop()) {
                line.append(" [after dropped records]");
            }
            if (listing != null) {
                listing.println(line);
            }
        }

        private void reply(final long sequence, final DirectBuffer buffer, final int offset, final int length) {
            line.append("IN  ");
            // Inbound records of the current layout carry the venue's number of the reply.
            if (reader.locate() != JournalReader.NO_LOCATE) {
                lastVenueReply = Math.max(lastVenueReply, sequence);
            }
            if (length == 0) {
                repliesWithoutBytes++;
                line.append("reply too long for a record, kept without its bytes");
            } else if (!replies.decode(buffer, offset, length)) {
                repliesUndecoded++;
                line.append("not an OUCH 4.2 reply (").append(length).append(" bytes) order ").append(orderId);
            }
            if (sequence != 0) {
                line.append(" reply ").append(sequence);
            }
        }

        private void sentType(final OuchMessage message) {
            final char type = message.messageType();
            sentTypes.merge(type, 1L, Long::sum);
            line.append(SENT_NAMES.get(type)).append(" (").append(type).append(')');
        }

        private void replyType(final OuchMessage message) {
            final char type = message.messageType();
            replyTypes.merge(type, 1L, Long::sum);
            line.append(REPLY_NAMES.get(type)).append(" (").append(type).append(')');
        }

        /** The order id of the record, and the message's own token where it is not that id. */
        private void order(final OrderTokenMessage<?> message) {
            line.append(" order ").append(orderId);
            if (message.orderTokenNumber() != orderId) {
                message.getOrderToken(token, 0);
                line.append(" token '").append(token.getStringWithoutLengthAscii(0, TOKEN_LENGTH).strip()).append('\'');
            }
        }

        private void side(final char code) {
            final Side side = Side.fromCode((byte) code);
            line.append(' ').append(side == null ? "side '" + code + "'" : side.name());
        }

        @Override
        public void onEnterOrder(final EnterOrderMessage message) {
            enterOrders++;
            sentType(message);
            order(message);
            side(message.side());
            line.append(' ').append(message.shares()).append(" @ ");
            price(Price.fromWire4(message.price()), line);
            final int locate = reader.locate();
            if (locate > 0) {
                symbols.putIfAbsent(locate, Symbol.toString(message.stock()).strip());
                line.append(' ').append(symbols.get(locate)).append(" (locate ").append(locate).append(')');
            }
        }

        @Override
        public void onCancelOrder(final CancelOrderMessage message) {
            sentType(message);
            order(message);
            line.append(" to ").append(message.shares()).append(" shares");
        }

        @Override
        public void onReplaceOrder(final ReplaceOrderMessage message) {
            sentType(message);
            line.append(" order ").append(orderId);
        }

        @Override
        public void onModifyOrder(final ModifyOrderMessage message) {
            sentType(message);
            line.append(" order ").append(orderId);
        }

        @Override
        public void onAccepted(final AcceptedMessage message) {
            replyType(message);
            order(message);
            side(message.side());
            line.append(' ').append(message.shares()).append(" @ ");
            price(Price.fromWire4(message.price()), line);
        }

        @Override
        public void onExecuted(final ExecutedMessage message) {
            execution(message);
        }

        @Override
        public void onExecutedWithReferencePrice(final ExecutedWithReferencePriceMessage message) {
            execution(message);
        }

        private void execution(final ExecutionReply<?> message) {
            replyType(message);
            order(message);
            line.append(' ').append(message.executedShares()).append(" @ ");
            price(Price.fromWire4(message.executionPrice()), line).append(" match ").append(message.matchNumber());
        }

        @Override
        public void onCanceled(final CanceledMessage message) {
            replyType(message);
            order(message);
            line.append(' ').append(message.decrementShares()).append(" shares, reason ").append(message.reason());
        }

        @Override
        public void onAiqCanceled(final AiqCanceledMessage message) {
            replyType(message);
            order(message);
            line.append(' ').append(message.decrementShares()).append(" shares, reason ").append(message.reason());
        }

        @Override
        public void onRejected(final RejectedMessage message) {
            replyType(message);
            order(message);
            line.append(" reason ").append(message.reason());
        }

        @Override
        public void onBrokenTrade(final BrokenTradeMessage message) {
            replyType(message);
            order(message);
            line.append(" match ").append(message.matchNumber()).append(", reason ").append(message.reason());
        }

        @Override
        public void onCancelReject(final CancelRejectMessage message) {
            replyType(message);
            order(message);
        }

        @Override
        public void onTradeCorrection(final TradeCorrectionMessage message) {
            replyType(message);
            order(message);
        }

        @Override
        public void onSystemEvent(final OuchSystemEventMessage message) {
            replyType(message);
        }

        @Override
        public void onReplaced(final ReplacedMessage message) {
            replyType(message);
            line.append(" order ").append(orderId);
        }

        @Override
        public void onCancelPending(final CancelPendingMessage message) {
            replyType(message);
            order(message);
        }

        @Override
        public void onOrderPriorityUpdate(final OrderPriorityUpdateMessage message) {
            replyType(message);
            line.append(" order ").append(orderId);
        }

        @Override
        public void onOrderModified(final OrderModifiedMessage message) {
            replyType(message);
            line.append(" order ").append(orderId);
        }

        @Override
        public void onPriceCorrection(final PriceCorrectionMessage message) {
            replyType(message);
            line.append(" order ").append(orderId);
        }

        /** The symbol an Enter Order named for a locate, for the open orders and positions. */
        String symbolSuffix(final int locate) {
            final String symbol = symbols.get(locate);
            return (symbol == null ? "" : " " + symbol) + " (locate " + locate + ")";
        }

        void appendTo(final StringBuilder sb) {
            sb.append("records: ").append(records).append(" (outbound orders ").append(outbound)
                .append(", inbound replies ").append(inbound).append(", session records ").append(sessions);
            if (otherDirection > 0) {
                sb.append(", of no known direction ").append(otherDirection);
            }
            sb.append(")\n");
            appendTypes(sb, "outbound", sentTypes, SENT_NAMES, sentUndecoded, "not an OUCH 4.2 order message");
            appendTypes(sb, "inbound", replyTypes, REPLY_NAMES, repliesUndecoded, "not an OUCH 4.2 reply");
            if (repliesWithoutBytes > 0) {
                sb.append("  replies too long for a record (number kept, bytes not): ").append(repliesWithoutBytes)
                    .append('\n');
            }
            if (records > 0) {
                sb.append("first record: ").append(utc(firstTimeNs)).append(" (").append(newYork(firstTimeNs))
                    .append(")\nlast record:  ").append(utc(lastTimeNs)).append(" (").append(newYork(lastTimeNs))
                    .append(")\n");
            }
            sb.append("highest order id: ").append(highestOrderId).append('\n');
            sb.append("venue session: ").append(venueSession.isEmpty() ? "(none journaled)" : venueSession)
                .append(", last venue reply: ").append(lastVenueReply);
            if (sessionStarts > 1) {
                sb.append(" (").append(sessionStarts).append(" session starts: logins and reconnects)");
            }
            sb.append('\n');
            sb.append("records flagged after a drop: ").append(afterDrop);
            if (afterDrop > 0) {
                sb.append(" (first: record ").append(firstAfterDrop)
                    .append("; the gateway's journal ring was full: records before it are missing)");
            }
            sb.append('\n');
            if (withoutLocates > 0) {
                sb.append("records without locate and venue reply number (written by an older engine): ")
                    .append(withoutLocates).append('\n');
            }
        }

        private static void appendTypes(final StringBuilder sb, final String direction, final Map<Character, Long> counts,
                                         final Map<Character, String> names, final long undecoded, final String what) {
            sb.append(direction).append(" by type:").append(counts.isEmpty() && undecoded == 0 ? " none" : "").append('\n');
            for (final Map.Entry<Character, Long> type : counts.entrySet()) {
                sb.append("  ").append(names.get(type.getKey())).append(" (").append(type.getKey()).append("): ")
                    .append(type.getValue()).append('\n');
            }
            if (undecoded > 0) {
                sb.append("  ").append(what).append(": ").append(undecoded).append('\n');
            }
        }
    }
}
