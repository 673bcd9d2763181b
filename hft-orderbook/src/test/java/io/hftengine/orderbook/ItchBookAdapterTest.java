package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.orderbook.itch.ItchBookAdapter;
import io.hftengine.protocol.binaryfile.BinaryFileReader;
import io.hftengine.protocol.itch.ItchDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample file read by hft-protocol's BinaryFileReader and ItchDecoder into
 * {@link ItchBookAdapter}: the book ends identical to the independent reference model of
 * {@link ItchSampleReplayTest}, and the listener hears exactly the changes the raw replay saw.
 */
class ItchBookAdapterTest {
    @Test
    void decoderAndAdapterBuildTheSameBooksAsTheRawReplay() throws Exception {
        ItchSampleReplayTest.replay();
        final OrderBook book = new OrderBook(1 << 16, L2Book.DEFAULT_DEPTH, 8);
        final List<Integer> heard = new ArrayList<>();
        final ItchBookAdapter adapter = new ItchBookAdapter(book, heard::add);
        final ItchDecoder decoder = new ItchDecoder(adapter);
        final Path file = Path.of(ItchBookAdapterTest.class.getResource(ItchSampleReplayTest.RESOURCE).toURI());
        try (BinaryFileReader reader = BinaryFileReader.open(file)) {
            reader.readAll(decoder);
        }
        assertEquals(12_012, decoder.messagesDecoded());
        assertEquals(3, book.symbolCount());
        BookAssertions.assertSameBooks(ItchSampleReplayTest.MODEL, book, List.of(1, 2, 3));
        assertEquals(ItchSampleReplayTest.CHANGES, heard);
        assertTrue(heard.stream().anyMatch(BookChange::topChanged));
        assertEquals(ItchSampleReplayTest.lastChange, adapter.lastChange());
        assertEquals(book, adapter.book());
    }
}
