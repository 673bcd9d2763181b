package io.hftengine.engine.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

import io.hftengine.orderbook.BookChangeListener;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.orderbook.itch.ItchBookAdapter;
import io.hftengine.pipeline.gateway.MarketView;
import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.itch.ItchMoldUdp64Listener;
import io.hftengine.protocol.moldudp64.MoldUdp64Decoder;
import io.hftengine.types.Side;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The exchange simulator's own book of the feed: MoldUDP64/ITCH datagrams received on a UDP port
 * (the feed simulator mirrors its packets there, {@code hft feed --mirror}) or from the feed's
 * multicast group, joined beside the engine's own subscription, decoded into an
 * {@link OrderBook}, whose touch the venue fills against ({@link MarketView}).
 *
 * <p>The venue does not ask for retransmissions: a lost packet leaves its book a little off, as a
 * simulator may be; gaps are counted ({@link #gaps()}). Orders name stocks by symbol, the feed by
 * locate: the symbol index is rebuilt from the book's directory when an order names a symbol not
 * yet indexed and new symbols have arrived since. One thread: the simulator's.
 */
public final class ExchangeMarket implements MarketView, AutoCloseable {
    private final DatagramChannel channel;
    private final ByteBuffer in = ByteBuffer.allocateDirect(65_536);
    private final UnsafeBuffer inView = new UnsafeBuffer(in);
    private final OrderBook book;
    private final ItchMoldUdp64Listener sequence;
    private final MoldUdp64Decoder decoder;
    private final Long2LongHashMap locateBySymbol = new Long2LongHashMap(1 << 14, 0.5f, -1L);
    private int indexedSymbols = -1;
    private long datagrams;

    /**
     * Binds the feed port, unicast (the feed's mirror).
     *
     * @param bind          where the mirrored feed arrives
     * @param orderCapacity live orders the book holds (a full NASDAQ day peaks at 1.93 M)
     * @throws UncheckedIOException when the address cannot be bound
     */
    public ExchangeMarket(final InetSocketAddress bind, final int orderCapacity) {
        this(bind, null, orderCapacity);
    }

    /**
     * Binds the feed port, or joins the feed's multicast group, as the engine does.
     *
     * @param feed          a unicast address to bind, or a multicast group and port to join
     * @param interfaceName the interface a group is joined on; {@code null} for loopback
     * @param orderCapacity live orders the book holds (a full NASDAQ day peaks at 1.93 M)
     * @throws UncheckedIOException when the address cannot be bound or the group joined
     */
    public ExchangeMarket(final InetSocketAddress feed, final String interfaceName, final int orderCapacity) {
        this.book = new OrderBook(orderCapacity, 1, 64);
        this.sequence = new ItchMoldUdp64Listener(new ItchDecoder(new ItchBookAdapter(book, BookChangeListener.NO_OP)));
        this.decoder = new MoldUdp64Decoder(sequence);
        try {
            this.channel = DatagramChannel.open(StandardProtocolFamily.INET);
        } catch (final IOException e) {
            throw new UncheckedIOException("exchange: cannot open a socket for the feed " + feed, e);
        }
        try {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, 8 << 20);
            if (feed.getAddress().isMulticastAddress()) {
                final NetworkInterface nif = interfaceName == null
                        ? NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress())
                        : NetworkInterface.getByName(interfaceName);
                if (nif == null) {
                    throw new IOException("no network interface " + interfaceName);
                }
                channel.setOption(StandardSocketOptions.SO_REUSEADDR, true); // the engine listens on it too
                channel.bind(new InetSocketAddress(feed.getPort()));
                channel.join(feed.getAddress(), nif);
            } else {
                channel.bind(feed);
            }
            channel.configureBlocking(false);
        } catch (final IOException e) {
            close();
            throw new UncheckedIOException("exchange: cannot listen to the feed on " + feed, e);
        }
    }

    /**
     * Returns where the feed is received.
     *
     * @return the bound address
     */
    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes in the datagrams waiting, at most {@code max}.
     *
     * @param max the most datagrams to read now
     * @return datagrams read
     */
    public int poll(final int max) {
        int read = 0;
        try {
            while (read < max && channel.receive(in.clear()) != null) {
                decoder.decode(inView, 0, in.position());
                read++;
            }
        } catch (final IOException e) {
            if (channel.isOpen()) {
                throw new UncheckedIOException("exchange: feed receive failed", e);
            }
        }
        datagrams += read;
        return read;
    }

    @Override
    public long bestPrice(final long stock, final Side side) {
        final int locate = locate(stock);
        return locate < 0 || book.levelCount(locate, side) == 0 ? 0 : book.levelPrice(locate, side, 0);
    }

    @Override
    public long bestSize(final long stock, final Side side) {
        final int locate = locate(stock);
        return locate < 0 || book.levelCount(locate, side) == 0 ? 0 : book.levelSize(locate, side, 0);
    }

    /**
     * Returns the feed datagrams taken in.
     *
     * @return the count
     */
    public long datagrams() {
        return datagrams;
    }

    /**
     * Returns the sequence gaps seen on the feed (not recovered: see the class comment).
     *
     * @return the count
     */
    public long gaps() {
        return sequence.gaps();
    }

    /**
     * Returns the book, for its symbols and counters.
     *
     * @return the venue's book
     */
    public OrderBook book() {
        return book;
    }

    private int locate(final long stock) {
        long locate = locateBySymbol.get(stock);
        if (locate < 0 && indexedSymbols != book.symbolCount()) {
            indexSymbols();
            locate = locateBySymbol.get(stock);
        }
        return (int) locate;
    }

    private void indexSymbols() {
        for (int locate = 0; locate <= OrderBook.MAX_LOCATE; locate++) {
            if (book.hasSymbol(locate)) {
                locateBySymbol.put(book.symbol(locate), locate);
            }
        }
        indexedSymbols = book.symbolCount();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (final IOException ignored) {
            // closing: nothing left to do with the channel
        }
    }
}
