package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.types.Side;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays the RITCH sample (see src/test/resources/itch/README.md) through {@link OrderBook} and
 * through {@link ReferenceOrderBook} side by side.
 *
 * <p>hft-protocol's decoder was not published when this was written, so the test frames the file
 * itself: BinaryFILE (2-byte big-endian length, then the message) and the field offsets of the
 * NASDAQ TotalView-ITCH 5.0 specification, section 1.2 onwards (each message starts with type,
 * stock locate, tracking number and a 6-byte timestamp, so specific fields start at offset 11).
 */
class ItchSampleReplayTest {
    private static final List<Integer> LOCATES = List.of(1, 2, 3);

    static final String RESOURCE = "/itch/ex20101224.TEST_ITCH_50";
    static final OrderBook BOOK = new OrderBook(1 << 16, L2Book.DEFAULT_DEPTH, 8);
    static final ReferenceOrderBook MODEL = new ReferenceOrderBook(1 << 16);
    /** Every non-NONE change the book returned, in order. */
    static final List<Integer> CHANGES = new java.util.ArrayList<>();
    private static final Map<Character, Integer> COUNTS = new TreeMap<>();
    private static final Map<Integer, String> SYMBOLS = new TreeMap<>();
    private static int messages;
    /** The change of the last order or directory message, NONE included. */
    static int lastChange;

    @BeforeAll
    static synchronized void replay() throws IOException {
        if (messages != 0) {
            return;
        }
        final byte[] file;
        try (InputStream in = ItchSampleReplayTest.class.getResourceAsStream(RESOURCE)) {
            file = in.readAllBytes();
        }
        final ByteBuffer buffer = ByteBuffer.wrap(file);
        while (buffer.remaining() >= 2) {
            final int length = buffer.getShort() & 0xFFFF;
            final int at = buffer.position();
            replayOne(buffer, at, length);
            buffer.position(at + length);
            messages++;
        }
    }

    private static void replayOne(final ByteBuffer b, final int at, final int length) {
        final char type = (char) b.get(at);
        COUNTS.merge(type, 1, Integer::sum);
        final int locate = b.getShort(at + 1) & 0xFFFF;
        switch (type) {
            case 'R':
                assertEquals(39, length);
                record(BOOK.addSymbol(locate, b.getLong(at + 11)));
                MODEL.addSymbol(locate);
                SYMBOLS.put(locate, new String(b.array(), at + 11, 8, java.nio.charset.StandardCharsets.US_ASCII).trim());
                break;
            case 'A':
            case 'F': {
                assertEquals(type == 'A' ? 36 : 40, length);
                final long ref = b.getLong(at + 11);
                final Side side = Side.fromCode(b.get(at + 19));
                final long shares = b.getInt(at + 20) & 0xFFFF_FFFFL;
                final long price = b.getInt(at + 32) & 0xFFFF_FFFFL;
                record(BOOK.addOrder(locate, ref, side, price, shares));
                MODEL.addOrder(locate, ref, side, price, shares);
                break;
            }
            case 'E':
            case 'C': {
                assertEquals(type == 'E' ? 31 : 36, length);
                final long ref = b.getLong(at + 11);
                final long shares = b.getInt(at + 19) & 0xFFFF_FFFFL;
                record(BOOK.executeOrder(ref, shares));
                MODEL.executeOrder(ref, shares);
                break;
            }
            case 'X': {
                assertEquals(23, length);
                final long ref = b.getLong(at + 11);
                final long shares = b.getInt(at + 19) & 0xFFFF_FFFFL;
                record(BOOK.cancelOrder(ref, shares));
                MODEL.cancelOrder(ref, shares);
                break;
            }
            case 'D': {
                assertEquals(19, length);
                final long ref = b.getLong(at + 11);
                record(BOOK.deleteOrder(ref));
                MODEL.deleteOrder(ref);
                break;
            }
            case 'U': {
                assertEquals(35, length);
                final long oldRef = b.getLong(at + 11);
                final long newRef = b.getLong(at + 19);
                final long shares = b.getInt(at + 27) & 0xFFFF_FFFFL;
                final long price = b.getInt(at + 31) & 0xFFFF_FFFFL;
                record(BOOK.replaceOrder(oldRef, newRef, shares, price));
                MODEL.replaceOrder(oldRef, newRef, shares, price);
                break;
            }
            default:
                break;
        }
    }

    private static void record(final int change) {
        lastChange = change;
        if (change != BookChange.NONE) {
            CHANGES.add(change);
        }
    }

    @Test
    void framingMatchesThePublishedMessageCounts() {
        assertEquals(12_012, messages);
        assertEquals(Map.of('S', 6, 'R', 3, 'H', 3, 'A', 4997, 'F', 3, 'E', 198, 'X', 45, 'D', 1745, 'U', 12, 'P', 5000),
            COUNTS);
        assertEquals(Map.of(1, "ALC", 2, "BOB", 3, "CHAR"), SYMBOLS);
    }

    @Test
    void finalBooksEqualTheReferenceModel() {
        BookAssertions.assertSameBooks(MODEL, BOOK, LOCATES);
        assertEquals(3, BOOK.symbolCount());
    }

    @Test
    void anomaliesEqualTheIndependentCountAndAreNotZero() {
        long total = 0;
        for (final BookAnomaly kind : BookAnomaly.values()) {
            assertEquals(MODEL.anomalies(kind), BOOK.anomalyCount(kind), kind.name());
            total += MODEL.anomalies(kind);
        }
        assertEquals(total, BOOK.totalAnomalies());
        // The figures the reference model found when this test was written, pinned so that the
        // model and the book cannot drift together unnoticed.
        assertEquals(Map.of(BookAnomaly.EXECUTE_UNKNOWN_ORDER, 18L, BookAnomaly.CANCEL_UNKNOWN_ORDER, 3L,
            BookAnomaly.DELETE_UNKNOWN_ORDER, 94L, BookAnomaly.REPLACE_UNKNOWN_ORDER, 2L), MODEL.anomalies);
        System.out.println("ITCH sample anomalies: " + MODEL.anomalies);
    }

    @Test
    void crossedBooksAreReportedNotHidden() {
        int crossed = 0;
        for (final int locate : LOCATES) {
            final L2View view = BOOK.l2(locate);
            assertEquals(MODEL.isCrossed(locate), view.isCrossed(), SYMBOLS.get(locate));
            if (view.isCrossed()) {
                crossed++;
                assertTrue(view.spread() < 0, "a crossed book has a negative spread");
            }
            System.out.println("ITCH sample " + SYMBOLS.get(locate) + ": bid " + view.bestBidPrice() + " x "
                + view.bestBidSize() + ", ask " + view.bestAskPrice() + " x " + view.bestAskSize()
                + ", levels " + BOOK.levelCount(locate, Side.BUY) + "/" + BOOK.levelCount(locate, Side.SELL)
                + (view.isCrossed() ? " CROSSED" : ""));
        }
        assertTrue(crossed > 0, "the sample's books end crossed");
    }
}
