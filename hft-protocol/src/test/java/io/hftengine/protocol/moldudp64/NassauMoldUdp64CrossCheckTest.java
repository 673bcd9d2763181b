package io.hftengine.protocol.moldudp64;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.paritytrading.nassau.moldudp64.MoldUDP64Client;
import com.paritytrading.nassau.moldudp64.MoldUDP64ClientState;
import com.paritytrading.nassau.moldudp64.MoldUDP64ClientStatusListener;
import com.paritytrading.nassau.moldudp64.MoldUDP64DownstreamPacket;
import com.paritytrading.nassau.moldudp64.MoldUDP64MessageStore;
import com.paritytrading.nassau.moldudp64.MoldUDP64RequestServer;
import com.paritytrading.nassau.moldudp64.MoldUDP64Server;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Differential test of our MoldUDP64 codecs against nassau ({@code com.paritytrading.nassau:nassau-core}),
 * an independent open-source implementation of MoldUDP64 1.00 written without reference to ours.
 *
 * <p>Proves, over a few hundred seeded random packets per direction, that:
 * <ul>
 *   <li>downstream packets, heartbeats and end-of-session packets sent by nassau's
 *       {@link MoldUDP64Server} decode with our {@link MoldUdp64Decoder} to the same session, sequence
 *       number, message count and message payloads (0 to 1,398 bytes: nassau caps a packet's
 *       payload at 1,400), and are byte-for-byte what our {@link MoldUdp64PacketEncoder} writes for
 *       the same content;</li>
 *   <li>packets written by our encoder (messages up to 8,000 bytes) are parsed by nassau's
 *       {@link MoldUDP64Client} into the same messages, sequence numbers, counts and end of session,
 *       and with the same session, which nassau echoes in the retransmission request it sends on a
 *       gap;</li>
 *   <li>those nassau-written requests decode with {@link MoldUdp64Decoder#decodeRequest} to the
 *       session, first sequence number and count nassau asked for; and requests written by our
 *       {@link MoldUdp64Header} are parsed by nassau's {@link MoldUDP64RequestServer} to the same
 *       sequence number and count, its response echoing our session.</li>
 * </ul>
 * nassau only talks to {@link DatagramChannel}s, so datagrams go over the loopback interface.
 */
class NassauMoldUdp64CrossCheckTest
{
    private static final long SEED = 0x4D6F6C6455445036L;
    private static final int PACKETS = 300;
    private static final long RECEIVE_TIMEOUT_NANOS = 5_000_000_000L;
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private DatagramChannel sender;
    private DatagramChannel receiver;

    @BeforeEach
    void openChannels() throws IOException
    {
        receiver = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        receiver.configureBlocking(false);
        sender = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        sender.connect(receiver.getLocalAddress());
        sender.configureBlocking(false);
    }

    @AfterEach
    void closeChannels() throws IOException
    {
        sender.close();
        receiver.close();
    }

    @Test
    void packetsWrittenByNassauDecodeIdenticallyWithOurs() throws IOException
    {
        final Random random = new Random(SEED);
        final ByteBuffer datagram = ByteBuffer.allocate(65_536);
        final UnsafeBuffer ours = new UnsafeBuffer(new byte[2_000]);
        int messagesChecked = 0;
        for (int i = 0; i < PACKETS; i++)
        {
            final String session = randomSession(random);
            final int sequenceNumber = 1 + random.nextInt(Integer.MAX_VALUE - 1);
            final MoldUDP64Server server = new MoldUDP64Server(sender, session);
            server.setNextSequenceNumber(sequenceNumber);
            final int kind = random.nextInt(10);
            final List<byte[]> messages = new ArrayList<>();
            final long expectedCount;
            if (0 == kind)
            {
                server.sendHeartbeat();
                expectedCount = MoldUdp64Descriptor.HEARTBEAT_COUNT;
            }
            else if (1 == kind)
            {
                server.sendEndOfSession();
                expectedCount = MoldUdp64Descriptor.END_OF_SESSION_COUNT;
            }
            else
            {
                final MoldUDP64DownstreamPacket packet = new MoldUDP64DownstreamPacket();
                final int wanted = random.nextInt(40);
                for (int m = 0; m < wanted && packet.remaining() >= 0; m++)
                {
                    final int length = Math.min(packet.remaining(), randomLength(random, packet.remaining()));
                    final byte[] message = randomBytes(random, length);
                    packet.put(ByteBuffer.wrap(message));
                    messages.add(message);
                    if (0 == packet.remaining())
                    {
                        break;
                    }
                }
                server.send(packet);
                expectedCount = messages.size();
            }

            final int length = receive(receiver, datagram);
            final UnsafeBuffer wire = new UnsafeBuffer(datagram.array(), 0, length);
            final Capture capture = new Capture();
            final MoldUdp64Decoder decoder = capture.decoder();
            final int delivered = decoder.decode(wire, 0, length);
            assertEquals(0, decoder.errorCounters().total(), "packet " + i);
            assertEquals(messages.size(), delivered, "packet " + i);
            assertEquals(session, capture.session, "packet " + i);
            assertArrayEquals(paddedSession(session), capture.sessionBytes, "packet " + i);
            assertEquals(sequenceNumber, capture.sequenceNumber, "packet " + i);
            assertEquals(expectedCount, capture.messageCount, "packet " + i);
            assertEquals(kind == 1 ? "Z" : messages.isEmpty() ? "H" : "D", capture.kind, "packet " + i);
            assertEquals(messages.size(), capture.messages.size(), "packet " + i);
            for (int m = 0; m < messages.size(); m++)
            {
                assertEquals(sequenceNumber + m, capture.sequences.get(m), "packet " + i + " message " + m);
                assertArrayEquals(messages.get(m), capture.messages.get(m), "packet " + i + " message " + m);
                messagesChecked++;
            }

            // Our encoder writes the very same bytes for the same content.
            final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder().wrap(ours, 0, ours.capacity(), session, sequenceNumber);
            for (final byte[] message : messages)
            {
                assertTrue(encoder.append(new UnsafeBuffer(message), 0, message.length));
            }
            if (1 == kind)
            {
                encoder.endOfSession();
            }
            assertEquals(length, encoder.length(), "packet " + i);
            final byte[] expectedBytes = new byte[length];
            ours.getBytes(0, expectedBytes);
            assertArrayEquals(Arrays.copyOf(datagram.array(), length), expectedBytes, "packet " + i);
        }
        assertTrue(messagesChecked > PACKETS, "too few messages checked: " + messagesChecked);
    }

    @Test
    void packetsWrittenByOursParseIdenticallyWithNassau() throws IOException
    {
        final Random random = new Random(SEED + 1);
        final UnsafeBuffer ours = new UnsafeBuffer(new byte[9_000]);
        final ByteBuffer request = ByteBuffer.allocate(65_536);
        final SocketAddress requestAddress = sender.getLocalAddress();
        int messagesChecked = 0;
        for (int i = 0; i < PACKETS; i++)
        {
            final String session = randomSession(random);
            final long sequenceNumber = 1 + (random.nextBoolean() ? random.nextInt(1_000_000) : random.nextLong() >>> 2);
            final int capacity = MoldUdp64Descriptor.HEADER_LENGTH + random.nextInt(ours.capacity() - MoldUdp64Descriptor.HEADER_LENGTH);
            final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder().wrap(ours, 0, capacity, session, sequenceNumber);
            final int kind = random.nextInt(10);
            final List<byte[]> messages = new ArrayList<>();
            if (1 == kind)
            {
                encoder.endOfSession();
            }
            else if (0 != kind)
            {
                final int wanted = random.nextInt(40);
                for (int m = 0; m < wanted; m++)
                {
                    final int room = capacity - encoder.length() - MoldUdp64Descriptor.MESSAGE_LENGTH_SIZE;
                    if (room < 0)
                    {
                        break;
                    }
                    final byte[] message = randomBytes(random, Math.min(room, randomLength(random, 8_000)));
                    assertTrue(encoder.append(new UnsafeBuffer(message), 0, message.length));
                    messages.add(message);
                }
            }
            final int length = encoder.length();
            final byte[] packet = new byte[length];
            ours.getBytes(0, packet);

            // 1. A client expecting exactly this packet delivers every message.
            final NassauEvents events = new NassauEvents();
            final MoldUDP64Client client = new MoldUDP64Client(receiver, requestAddress, events, events, 0);
            send(sender, packet);
            receiveWith(client);
            assertEquals(messages.size(), events.messages.size(), "packet " + i);
            for (int m = 0; m < messages.size(); m++)
            {
                assertArrayEquals(messages.get(m), events.messages.get(m), "packet " + i + " message " + m);
                messagesChecked++;
            }
            // A fresh client adopts the first packet's sequence number and reports itself synchronized.
            if (1 == kind)
            {
                // nassau reads 0xFFFF as end of session carrying no messages.
                assertEquals(List.of("SYNCHRONIZED", "Z", "D" + sequenceNumber + "/0"), events.status, "packet " + i);
            }
            else
            {
                assertEquals(List.of("SYNCHRONIZED", "D" + sequenceNumber + "/" + messages.size()), events.status, "packet " + i);
            }

            // 2. A client that is behind asks for the gap: its request carries the session it parsed.
            final long behind = 1 + (long)random.nextInt((int)Math.min(sequenceNumber, 100_000));
            final long nextExpected = sequenceNumber - behind + 1;
            if (nextExpected < 1 || nextExpected >= sequenceNumber)
            {
                continue;
            }
            final NassauEvents gapEvents = new NassauEvents();
            final MoldUDP64Client behindClient = new MoldUDP64Client(receiver, requestAddress, gapEvents, gapEvents, nextExpected);
            send(sender, packet);
            receiveWith(behindClient);
            assertEquals(0, gapEvents.messages.size(), "packet " + i);
            final long until = sequenceNumber + (1 == kind ? 0 : messages.size());
            final int expectedRequestCount = (int)Math.min(until - nextExpected, 65_534);
            assertEquals(List.of("BACKFILL", "R" + nextExpected + "/" + expectedRequestCount), gapEvents.status, "packet " + i);

            final int requestLength = receive(sender, request);
            final MoldUdp64Header header = new MoldUdp64Header();
            final MoldUdp64Decoder decoder = new MoldUdp64Decoder((s, b, o, l) -> fail("no messages in a request"));
            assertTrue(decoder.decodeRequest(new UnsafeBuffer(request.array(), 0, requestLength), 0, requestLength, header));
            assertEquals(session, header.appendSession(new StringBuilder()).toString(), "packet " + i);
            assertTrue(header.sessionEquals(ours, MoldUdp64Descriptor.SESSION_OFFSET), "packet " + i);
            assertEquals(nextExpected, header.sequenceNumber(), "packet " + i);
            assertEquals(expectedRequestCount, header.messageCount(), "packet " + i);
        }
        assertTrue(messagesChecked > PACKETS, "too few messages checked: " + messagesChecked);
    }

    @Test
    void requestsWrittenByOursAreServedByNassau() throws IOException
    {
        final Random random = new Random(SEED + 2);
        final UnsafeBuffer requestBytes = new UnsafeBuffer(new byte[MoldUdp64Descriptor.REQUEST_LENGTH]);
        final ByteBuffer response = ByteBuffer.allocate(65_536);
        try (DatagramChannel serverChannel = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            DatagramChannel client = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)))
        {
            serverChannel.configureBlocking(false);
            client.configureBlocking(false);
            final MoldUDP64RequestServer requestServer = new MoldUDP64RequestServer(serverChannel);
            for (int i = 0; i < PACKETS; i++)
            {
                final String session = randomSession(random);
                final long sequenceNumber = 1 + (random.nextBoolean() ? random.nextInt(1_000_000) : random.nextLong() >>> 2);
                final int count = random.nextInt(4) == 0 ? random.nextInt(0x10000) : random.nextInt(30);
                new MoldUdp64Header().wrapForEncode(requestBytes, 0).session(session).sequenceNumber(sequenceNumber).messageCount(count);
                final byte[] request = requestBytes.byteArray().clone();

                final RecordingStore store = new RecordingStore(random);
                client.send(ByteBuffer.wrap(request), serverChannel.getLocalAddress());
                final long deadline = System.nanoTime() + RECEIVE_TIMEOUT_NANOS;
                while (store.calls == 0)
                {
                    requestServer.serve(store);
                    if (System.nanoTime() > deadline)
                    {
                        fail("nassau served nothing for request " + i);
                    }
                }
                assertEquals(1, store.calls, "request " + i);
                assertEquals(sequenceNumber, store.requestedSequenceNumber, "request " + i);
                assertEquals(count, store.requestedCount, "request " + i);
                if (store.messages.isEmpty())
                {
                    continue; // nassau sends no response when the store has nothing
                }
                final int length = receive(client, response);
                final Capture capture = new Capture();
                capture.decoder().decode(new UnsafeBuffer(response.array(), 0, length), 0, length);
                assertEquals(session, capture.session, "request " + i);
                assertEquals(sequenceNumber, capture.sequenceNumber, "request " + i);
                assertEquals(store.messages.size(), capture.messages.size(), "request " + i);
                for (int m = 0; m < store.messages.size(); m++)
                {
                    assertArrayEquals(store.messages.get(m), capture.messages.get(m), "request " + i + " message " + m);
                }
            }
        }
    }

    private static int receive(final DatagramChannel channel, final ByteBuffer buffer) throws IOException
    {
        buffer.clear();
        final long deadline = System.nanoTime() + RECEIVE_TIMEOUT_NANOS;
        while (null == channel.receive(buffer))
        {
            if (System.nanoTime() > deadline)
            {
                fail("no datagram within the timeout");
            }
            Thread.onSpinWait();
        }
        return buffer.position();
    }

    private static void receiveWith(final MoldUDP64Client client) throws IOException
    {
        final long deadline = System.nanoTime() + RECEIVE_TIMEOUT_NANOS;
        while (!client.receive())
        {
            if (System.nanoTime() > deadline)
            {
                fail("nassau received no datagram within the timeout");
            }
            Thread.onSpinWait();
        }
    }

    private static void send(final DatagramChannel channel, final byte[] packet) throws IOException
    {
        final ByteBuffer buffer = ByteBuffer.wrap(packet);
        while (0 == channel.write(buffer))
        {
            Thread.onSpinWait();
        }
    }

    private static String randomSession(final Random random)
    {
        final int length = random.nextInt(3) == 0 ? random.nextInt(MoldUdp64Descriptor.SESSION_LENGTH + 1) : MoldUdp64Descriptor.SESSION_LENGTH;
        final StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            sb.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    private static byte[] paddedSession(final String session)
    {
        final byte[] padded = new byte[MoldUdp64Descriptor.SESSION_LENGTH];
        Arrays.fill(padded, (byte)' ');
        final byte[] bytes = session.getBytes(US_ASCII);
        System.arraycopy(bytes, 0, padded, 0, bytes.length);
        return padded;
    }

    /** Mostly short lengths, some zero, some as large as allowed. */
    private static int randomLength(final Random random, final int max)
    {
        switch (random.nextInt(8))
        {
            case 0:
                return 0;
            case 1:
                return max;
            case 2:
                return random.nextInt(max + 1);
            default:
                return random.nextInt(Math.min(max, 64) + 1);
        }
    }

    private static byte[] randomBytes(final Random random, final int length)
    {
        final byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** What our decoder reports for one packet. */
    private static final class Capture
    {
        final List<Long> sequences = new ArrayList<>();
        final List<byte[]> messages = new ArrayList<>();
        String kind = "D";
        String session;
        byte[] sessionBytes;
        long sequenceNumber = -1;
        int messageCount = -1;
        private MoldUdp64Decoder decoder;

        MoldUdp64Decoder decoder()
        {
            decoder = new MoldUdp64Decoder(new MoldUdp64Listener()
            {
                @Override
                public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length)
                {
                    header();
                    sequences.add(sequenceNumber);
                    final byte[] copy = new byte[length];
                    buffer.getBytes(offset, copy);
                    messages.add(copy);
                }

                @Override
                public void onHeartbeat(final long nextSequenceNumber)
                {
                    header();
                    kind = "H";
                    assertEquals(sequenceNumber, nextSequenceNumber);
                }

                @Override
                public void onEndOfSession(final long nextSequenceNumber)
                {
                    header();
                    kind = "Z";
                    assertEquals(sequenceNumber, nextSequenceNumber);
                }
            });
            return decoder;
        }

        private void header()
        {
            final MoldUdp64Header header = decoder.header();
            session = header.appendSession(new StringBuilder()).toString();
            final UnsafeBuffer copy = new UnsafeBuffer(new byte[MoldUdp64Descriptor.SESSION_LENGTH]);
            header.getSession(copy, 0);
            sessionBytes = copy.byteArray();
            sequenceNumber = header.sequenceNumber();
            messageCount = header.messageCount();
        }
    }

    /** What nassau's client reports for one packet. */
    private static final class NassauEvents implements com.paritytrading.nassau.MessageListener, MoldUDP64ClientStatusListener
    {
        final List<byte[]> messages = new ArrayList<>();
        final List<String> status = new ArrayList<>();

        @Override
        public void message(final ByteBuffer buffer)
        {
            final byte[] copy = new byte[buffer.remaining()];
            buffer.get(copy);
            messages.add(copy);
        }

        @Override
        public void state(final MoldUDP64Client session, final MoldUDP64ClientState next)
        {
            status.add(next.name());
        }

        @Override
        public void downstream(final MoldUDP64Client session, final long sequenceNumber, final int messageCount)
        {
            status.add("D" + sequenceNumber + "/" + messageCount);
        }

        @Override
        public void request(final MoldUDP64Client session, final long sequenceNumber, final int requestedMessageCount)
        {
            status.add("R" + sequenceNumber + "/" + requestedMessageCount);
        }

        @Override
        public void endOfSession(final MoldUDP64Client session)
        {
            status.add("Z");
        }
    }

    /** A retransmission store that records what nassau asked it for and answers with a few random messages. */
    private static final class RecordingStore implements MoldUDP64MessageStore
    {
        final List<byte[]> messages = new ArrayList<>();
        private final Random random;
        int calls;
        long requestedSequenceNumber = -1;
        int requestedCount = -1;

        RecordingStore(final Random random)
        {
            this.random = random;
        }

        @Override
        public int get(final ByteBuffer buffer, final long sequenceNumber, final int requestedCount)
        {
            calls++;
            requestedSequenceNumber = sequenceNumber;
            this.requestedCount = requestedCount;
            final int n = Math.min(requestedCount, random.nextInt(4));
            for (int i = 0; i < n; i++)
            {
                final byte[] message = randomBytes(random, random.nextInt(100));
                buffer.putShort((short)message.length).put(message);
                messages.add(message);
            }
            return n;
        }
    }
}
