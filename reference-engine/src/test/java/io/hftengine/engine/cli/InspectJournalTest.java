package io.hftengine.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import io.hftengine.engine.HftMain;
import io.hftengine.engine.run.RunFixtures;
import io.hftengine.pipeline.gateway.OuchOrderEncoder;
import io.hftengine.pipeline.journal.JournalDescriptor;
import io.hftengine.pipeline.journal.JournalEntry;
import io.hftengine.pipeline.journal.JournalReader;
import io.hftengine.pipeline.journal.JournalWriter;
import io.hftengine.pipeline.message.Order;
import io.hftengine.protocol.ouch.AcceptedMessage;
import io.hftengine.protocol.ouch.CanceledMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hft inspect} on a drop-copy journal: what an operator reads after a crash. It said "no
 * ITCH message decoded" and exited 4.
 */
class InspectJournalTest {
    private static final int FEED_PORT = 47310;
    private static final int REQUEST_PORT = 47311;
    private static final int EXCHANGE_PORT = 47312;
    /** 2026-03-02 14:30:00 UTC, 09:30 in New York. */
    private static final long OPEN_NS = 1_772_461_800_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void aDemosJournalIsCountedAsItsRunSummaryCountedIt() throws Exception {
        RunFixtures.writeConfig(dir, RunFixtures.loopbackNetwork(FEED_PORT, REQUEST_PORT, RunFixtures.udpVenue(EXCHANGE_PORT)));
        final Path json = dir.resolve("demo.json");
        final Path report = dir.resolve("report");
        assertEquals(ExitCodes.OK, HftMain.execute("demo", "--config", dir.toString(), "--prime", "0", "--seconds", "2",
                "--warmup", "0", "--rate", "30000", "--symbols", "100", "--json", json.toString(),
                "--out", report.toString(), "--no-metrics-file"));
        final String summary = Files.readString(json);
        final Path journal = report.resolve("demo-journal.bin");
        assertTrue(JournalInspection.isJournal(journal));

        final Inspected inspected = inspect(journal, false);
        assertEquals(ExitCodes.OK, inspected.exit, inspected.err);
        final String text = inspected.out;
        final long records = new JournalReader().read(journal, (d, t, id, s, b, o, l) -> { });
        assertTrue(records > 0, "the demo journaled orders");
        assertTrue(text.contains("records: " + records + " (outbound orders "), text);
        assertTrue(text.contains("Enter Order (O): " + number(summary, "gateway_orders_sent")), text + summary);
        if (number(summary, "gateway_cancels_sent") > 0) {
            assertTrue(text.contains("Cancel Order (X): " + number(summary, "gateway_cancels_sent")), text + summary);
        }
        assertTrue(text.contains("Accepted (A): " + number(summary, "venue_accepted")), text + summary);
        assertTrue(text.contains("layout version 1"), text);
        assertTrue(text.contains("records flagged after a drop: 0"), text);
        assertTrue(text.contains("tail: clean"), text);
        assertTrue(text.contains(" New York)"), text);
        assertFalse(text.contains("no ITCH message"), text);

        final Inspected listed = inspect(journal, true);
        assertEquals(ExitCodes.OK, listed.exit, listed.err);
        assertEquals(records, listed.out.lines().filter(line -> line.startsWith("record ")).count(), listed.out);
        // Through the command line as an operator types it, with the ITCH detection left as it was.
        assertEquals(ExitCodes.OK, new CommandLine(new InspectCommand()).execute(journal.toString(), "--records"));
    }

    @Test
    void theOpenOrdersAtTheEndAreWhatWasEnteredLessWhatWasFilledCancelledOrRejected() throws Exception {
        final Path journal = handWritten(dir.resolve("day.journal"));
        final Inspected inspected = inspect(journal, true);
        assertEquals(ExitCodes.OK, inspected.exit, inspected.err);
        final String text = inspected.out;
        assertTrue(text.contains("records: 9 (outbound orders 4, inbound replies 4, session records 1"), text);
        assertTrue(text.contains("Enter Order (O): 3"), text);
        assertTrue(text.contains("Cancel Order (X): 1"), text);
        assertTrue(text.contains("Executed (E): 2"), text);
        assertTrue(text.contains("Canceled (C): 1"), text);
        assertTrue(text.contains("Accepted (A): 1"), text);
        assertTrue(text.contains("highest order id: 3"), text);
        assertTrue(text.contains("venue session: HFTEXCH001, last venue reply: 4"), text);
        assertTrue(text.contains("2026-03-02T14:30:00Z (2026-03-02 09:30:00 New York)"), text);
        assertTrue(text.contains("open orders at the end: 1"), text);
        final String open = text.substring(text.indexOf("open orders at the end"));
        assertTrue(open.contains("  order 2 SELL 150 @ 11.0000 BBB (locate 2), sent 2026-03-02T14:30:00.000000002Z"), text);
        assertFalse(open.contains("order 1 "), "order 1 was filled: " + text);
        assertFalse(open.contains("order 3 "), "order 3 was cancelled: " + text);
        assertTrue(open.contains("positions at the end: 2 symbols not flat\n  +100 AAA (locate 1)\n  -50 BBB (locate 2)"),
                text);
        assertTrue(text.contains("record 2 " + "2026-03-02T14:30:00.000000001Z OUT Enter Order (O) order 1 BUY 100 @ 10.0000"),
                text);
        assertTrue(text.contains("IN  Executed (E) order 2 50 @ 11.0000 match 1003 reply 3"), text);
    }

    @Test
    void recordsAfterADropAreFlaggedAndTheOpenOrdersNotGuessed() throws Exception {
        final Path journal = handWritten(dir.resolve("day.journal"));
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);
        try (JournalWriter writer = JournalWriter.append(journal, 1 << 16)) {
            writer.append(enter(new OuchOrderEncoder(99_999, 0), buffer, 9, 1, Side.BUY, 10, 100).afterDrop());
        }
        final Inspected inspected = inspect(journal, true);
        assertEquals(ExitCodes.OK, inspected.exit, inspected.err);
        assertTrue(inspected.out.contains("records flagged after a drop: 1 (first: record 10;"), inspected.out);
        assertTrue(inspected.out.contains("[after dropped records]"), inspected.out);
        assertTrue(inspected.out.contains("open orders at the end: not rebuilt, a restart would refuse this journal:"
                + " journal " + journal + ", record 10: records before this one were dropped"), inspected.out);
    }

    @Test
    void aJournalCutShortSaysWhereAndIsAnInputError() throws Exception {
        final byte[] whole = Files.readAllBytes(handWritten(dir.resolve("day.journal")));
        final Path cut = dir.resolve("cut.journal");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 10)); // into the last record
        final Inspected inspected = inspect(cut, false);
        assertEquals(ExitCodes.INPUT, inspected.exit);
        assertTrue(inspected.out.contains("records: 8 "), inspected.out);
        assertTrue(inspected.err.contains("cut short or corrupt after record 8"), inspected.err);
        assertFalse(inspected.err.contains("Exception"), inspected.err);
    }

    @Test
    void garbageWithTheJournalsMagicIsAnInputErrorNotAStackTrace() throws Exception {
        final byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        final ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        header.putLong(0, JournalDescriptor.MAGIC).putInt(JournalDescriptor.VERSION_OFFSET, JournalDescriptor.VERSION)
                .putInt(JournalDescriptor.HEADER_LENGTH_OFFSET, JournalDescriptor.FILE_HEADER_LENGTH);
        final Path garbage = dir.resolve("garbage.journal");
        Files.write(garbage, bytes);
        final Inspected inspected = inspect(garbage, true);
        assertEquals(ExitCodes.INPUT, inspected.exit, inspected.out);
        assertTrue(inspected.err.contains("cut short or corrupt after record"), inspected.err);

        header.putInt(JournalDescriptor.HEADER_LENGTH_OFFSET, 1 << 30);
        Files.write(garbage, bytes);
        final Inspected badHeader = inspect(garbage, false);
        assertEquals(ExitCodes.INPUT, badHeader.exit);
        assertTrue(badHeader.err.contains("bad journal header"), badHeader.err);

        header.putInt(JournalDescriptor.VERSION_OFFSET, 9);
        Files.write(garbage, bytes);
        final Inspected otherVersion = inspect(garbage, false);
        assertEquals(ExitCodes.INPUT, otherVersion.exit);
        assertTrue(otherVersion.err.contains("layout version 9"), otherVersion.err);
        assertEquals(ExitCodes.INPUT, new CommandLine(new InspectCommand()).execute(garbage.toString()));
    }

    /**
     * A session, three orders (1 filled, 2 half filled, 3 cancelled by us), their replies: the
     * venue numbers its replies 1 to 4.
     */
    private static Path handWritten(final Path journal) {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);
        final OuchOrderEncoder encoder = new OuchOrderEncoder(99_999, 0);
        try (JournalWriter writer = new JournalWriter(journal, 1 << 16)) {
            final byte[] session = "HFTEXCH001".getBytes(StandardCharsets.US_ASCII);
            writer.append(new JournalEntry().set(JournalDescriptor.SESSION, OPEN_NS, 0, 1, new UnsafeBuffer(session), 0,
                    session.length));
            writer.append(enter(encoder, buffer, 1, 1, Side.BUY, 10, 100));
            writer.append(enter(encoder, buffer, 2, 2, Side.SELL, 11, 200));
            writer.append(enter(encoder, buffer, 3, 1, Side.BUY, 9, 50));
            final int accepted = new AcceptedMessage().wrapForEncode(buffer, 0).orderTokenNumber(2).side('S')
                    .shares(200).stock(Symbol.pack("BBB")).price(110_000).messageLength();
            writer.append(new JournalEntry().set(JournalDescriptor.INBOUND, OPEN_NS + 4, 2, 1, buffer, 0, accepted));
            writer.append(executed(buffer, 1, 100, 100_000, 2));
            writer.append(executed(buffer, 2, 50, 110_000, 3));
            final int cancel = encoder.encodeCancel(3, buffer, 0);
            writer.append(new JournalEntry().set(JournalDescriptor.OUTBOUND, OPEN_NS + 7, 3, 0, buffer, 0, cancel));
            final int canceled = new CanceledMessage().wrapForEncode(buffer, 0).orderTokenNumber(3).decrementShares(50)
                    .reason('U').messageLength();
            writer.append(new JournalEntry().set(JournalDescriptor.INBOUND, OPEN_NS + 8, 3, 4, buffer, 0, canceled));
        }
        return journal;
    }

    private static JournalEntry enter(final OuchOrderEncoder encoder, final UnsafeBuffer buffer, final long id,
                                      final int locate, final Side side, final long units, final long shares) {
        final int length = encoder.encodeEnter(new Order().set(id, locate, side, units * Price.ONE, shares, 0),
                Symbol.pack(locate == 1 ? "AAA" : "BBB"), buffer, 0);
        return new JournalEntry().set(JournalDescriptor.OUTBOUND, OPEN_NS + id, id, 0, buffer, 0, length).locate(locate);
    }

    private static JournalEntry executed(final UnsafeBuffer buffer, final long id, final long shares,
                                         final long wirePrice, final long reply) {
        final int length = new ExecutedMessage().wrapForEncode(buffer, 0).orderTokenNumber(id).executedShares(shares)
                .executionPrice(wirePrice).liquidityFlag('A').matchNumber(1000 + reply).messageLength();
        return new JournalEntry().set(JournalDescriptor.INBOUND, OPEN_NS + 4 + reply, id, reply, buffer, 0, length);
    }

    private static Inspected inspect(final Path journal, final boolean records) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int exit = JournalInspection.inspect(journal, records, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Inspected(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static long number(final String json, final String key) {
        final int at = json.indexOf("\"" + key + "\": ");
        assertTrue(at >= 0, key + " missing from " + json);
        int end = at + key.length() + 4;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Long.parseLong(json.substring(at + key.length() + 4, end));
    }

    private record Inspected(int exit, String out, String err) {
    }
}
