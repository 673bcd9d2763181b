package io.hftengine.protocol.soupbintcp;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.paritytrading.nassau.Clock;
import com.paritytrading.nassau.MessageListener;
import com.paritytrading.nassau.soupbintcp.SoupBinTCP;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPClient;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPClientStatusListener;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPServer;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPServerStatusListener;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Differential test of our SoupBinTCP codecs against nassau ({@code com.paritytrading.nassau:nassau-core}),
 * an independent open-source implementation of SoupBinTCP 3.00 written without reference to ours.
 *
 * <p>Proves, over seeded random sequences of a few hundred packets per direction, that:
 * <ul>
 *   <li>every packet type nassau's {@link SoupBinTCPServer} writes (Login Accepted, Login Rejected,
 *       Sequenced Data of 0 to 65,534 bytes, Server Heartbeat, End of Session, Debug) and its
 *       {@link SoupBinTCPClient} writes (Login Request, Unsequenced Data, Client Heartbeat, Logout
 *       Request, Debug) is byte-for-byte what our {@link SoupBinTcpEncoder} writes for the same
 *       fields, and decodes with our {@link SoupBinTcpReceiver} to the same fields and payloads,
 *       however the stream is cut into reads (every single split point of a stream of many packets,
 *       one byte at a time, random chunks);</li>
 *   <li>every packet type our encoder writes is parsed by nassau's client or server session to the
 *       same fields and payloads, and the ones nassau does not surface (heartbeats, Debug) are
 *       accepted in frame.</li>
 * </ul>
 * Username and password are left-justified and space padded on both sides, and sequence numbers
 * are right-justified and space padded on both sides. The one difference is a requested session
 * shorter than 10 characters in a Login Request, pinned by
 * {@link #shortSessionsArePaddedOnTheLeftInLoginAccepted()}: those tests use full-width or blank
 * sessions.
 *
 * <p>nassau's sessions only talk to {@link SocketChannel}s, so bytes go over loopback TCP. nassau
 * has no public way to send a Debug packet; its package-private {@code send(byte, ByteBuffer)} is
 * called reflectively.
 */
class NassauSoupBinTcpCrossCheckTest
{
    private static final long SEED = 0x536F757042696EL;
    private static final int PACKETS = 400;
    private static final int MAX_PAYLOAD = 0xFFFE;
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Method SEND_PACKET = sendPacketMethod();

    private final long[] now = {1_000_000L};
    private final Clock clock = () -> now[0];

    @Test
    void serverPacketsWrittenByNassauAreOurBytesAndDecodeIdentically() throws Exception
    {
        final Random random = new Random(SEED);
        final List<String> expected = new ArrayList<>();
        final ByteArrayOutputStream ourBytes = new ByteArrayOutputStream();
        final byte[] nassauBytes = captureFromNassauServer(random, PACKETS, MAX_PAYLOAD, expected, ourBytes);
        assertArrayEquals(ourBytes.toByteArray(), nassauBytes);
        assertEveryType(expected, "A:", "J:", "S:", "H", "Z", "+:");
        assertDecodesInAnyChunking(random, nassauBytes, expected);
    }

    @Test
    void clientPacketsWrittenByNassauAreOurBytesAndDecodeIdentically() throws Exception
    {
        final Random random = new Random(SEED + 1);
        final List<String> expected = new ArrayList<>();
        final ByteArrayOutputStream ourBytes = new ByteArrayOutputStream();
        final byte[] nassauBytes = captureFromNassauClient(random, PACKETS, MAX_PAYLOAD, expected, ourBytes);
        assertArrayEquals(ourBytes.toByteArray(), nassauBytes);
        assertEveryType(expected, "L:", "U:", "R", "O", "+:");
        assertDecodesInAnyChunking(random, nassauBytes, expected);
    }

    @Test
    void aStreamOfManyNassauPacketsSplitAtEveryByteBoundaryDecodesIdentically() throws Exception
    {
        final Random random = new Random(SEED + 2);
        final List<String> expected = new ArrayList<>();
        final ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.write(captureFromNassauServer(random, 60, 40, expected, new ByteArrayOutputStream()));
        stream.write(captureFromNassauClient(random, 60, 40, expected, new ByteArrayOutputStream()));
        final byte[] bytes = stream.toByteArray();
        final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
        for (int split = 0; split <= bytes.length; split++)
        {
            final Decoded decoded = new Decoded();
            decoded.receiver.onBytes(buffer, 0, split);
            decoded.receiver.onBytes(buffer, split, bytes.length - split);
            decoded.assertMatches(expected, "split at " + split);
        }
        final Decoded oneByteAtATime = new Decoded();
        for (int i = 0; i < bytes.length; i++)
        {
            oneByteAtATime.receiver.onBytes(buffer, i, 1);
        }
        oneByteAtATime.assertMatches(expected, "one byte at a time");
        assertTrue(expected.size() >= 120, "too few packets: " + expected.size());
    }

    @Test
    void serverPacketsWrittenByOursParseIdenticallyWithNassau() throws Exception
    {
        final Random random = new Random(SEED + 3);
        final UnsafeBuffer out = new UnsafeBuffer(new byte[SoupBinTcpDescriptor.MAX_PACKET_SIZE]);
        final ByteArrayOutputStream stream = new ByteArrayOutputStream();
        final List<String> expected = new ArrayList<>();
        for (int i = 0; i < PACKETS; i++)
        {
            final int length;
            switch (random.nextInt(7))
            {
                case 0:
                {
                    final String session = randomAlnum(random, SoupBinTcpDescriptor.SESSION_LENGTH, true);
                    final long sequenceNumber = randomSequenceNumber(random);
                    length = SoupBinTcpEncoder.loginAccepted(out, 0, session, sequenceNumber);
                    expected.add("A:" + session + "/" + sequenceNumber);
                    break;
                }
                case 1:
                {
                    final char code = random.nextBoolean() ? 'A' : 'S';
                    length = SoupBinTcpEncoder.loginRejected(out, 0, code);
                    expected.add("J:" + code);
                    break;
                }
                case 2:
                    length = SoupBinTcpEncoder.emptyPacket(out, 0, SoupBinTcpDescriptor.SERVER_HEARTBEAT);
                    break;
                case 3:
                    length = SoupBinTcpEncoder.emptyPacket(out, 0, SoupBinTcpDescriptor.END_OF_SESSION);
                    expected.add("Z");
                    break;
                case 4:
                    length = debugPacket(out, randomAlnum(random, 80, false));
                    break;
                default:
                {
                    final byte[] payload = randomBytes(random, randomLength(random, MAX_PAYLOAD));
                    length = SoupBinTcpEncoder.sequencedDataHeader(out, 0, payload.length);
                    out.putBytes(SoupBinTcpDescriptor.PAYLOAD_OFFSET, payload);
                    expected.add("S:" + base64(payload));
                    break;
                }
            }
            stream.write(out.byteArray(), 0, length);
        }

        final List<String> actual = new ArrayList<>();
        final NassauClientEvents events = new NassauClientEvents(actual);
        try (Pair pair = new Pair())
        {
            final SoupBinTCPClient client = new SoupBinTCPClient(clock, pair.client, MAX_PAYLOAD, events, events);
            final Thread writer = pair.writeAndClose(pair.server, stream.toByteArray());
            while (client.receive() >= 0)
            {
                // parse until the writer closes the stream
            }
            writer.join();
            pair.rethrow();
        }
        assertEveryType(expected, "A:", "J:", "S:", "Z");
        assertEquals(expected, actual);
    }

    @Test
    void clientPacketsWrittenByOursParseIdenticallyWithNassau() throws Exception
    {
        final Random random = new Random(SEED + 4);
        final UnsafeBuffer out = new UnsafeBuffer(new byte[SoupBinTcpDescriptor.MAX_PACKET_SIZE]);
        final ByteArrayOutputStream stream = new ByteArrayOutputStream();
        final List<String> expected = new ArrayList<>();
        for (int i = 0; i < PACKETS; i++)
        {
            final int length;
            switch (random.nextInt(6))
            {
                case 0:
                {
                    final String username = randomAlnum(random, SoupBinTcpDescriptor.USERNAME_LENGTH, false);
                    final String password = randomAlnum(random, SoupBinTcpDescriptor.PASSWORD_LENGTH, false);
                    final String session = random.nextInt(3) == 0 ? "" : randomAlnum(random, SoupBinTcpDescriptor.SESSION_LENGTH, true);
                    final long sequenceNumber = randomSequenceNumber(random);
                    length = SoupBinTcpEncoder.loginRequest(out, 0, username, password, session, sequenceNumber);
                    // nassau hands the fields over as the raw padded bytes.
                    expected.add("L:" + padRight(username, SoupBinTcpDescriptor.USERNAME_LENGTH) + "/" +
                        padRight(password, SoupBinTcpDescriptor.PASSWORD_LENGTH) + "/" +
                        padRight(session, SoupBinTcpDescriptor.SESSION_LENGTH) + "/" + sequenceNumber);
                    break;
                }
                case 1:
                    length = SoupBinTcpEncoder.emptyPacket(out, 0, SoupBinTcpDescriptor.CLIENT_HEARTBEAT);
                    break;
                case 2:
                    length = SoupBinTcpEncoder.emptyPacket(out, 0, SoupBinTcpDescriptor.LOGOUT_REQUEST);
                    expected.add("O");
                    break;
                case 3:
                    length = debugPacket(out, randomAlnum(random, 80, false));
                    break;
                default:
                {
                    final byte[] payload = randomBytes(random, randomLength(random, MAX_PAYLOAD));
                    length = SoupBinTcpEncoder.unsequencedDataHeader(out, 0, payload.length);
                    out.putBytes(SoupBinTcpDescriptor.PAYLOAD_OFFSET, payload);
                    expected.add("U:" + base64(payload));
                    break;
                }
            }
            stream.write(out.byteArray(), 0, length);
        }

        final List<String> actual = new ArrayList<>();
        final NassauServerEvents events = new NassauServerEvents(actual);
        try (Pair pair = new Pair())
        {
            final SoupBinTCPServer server = new SoupBinTCPServer(clock, pair.server, MAX_PAYLOAD, events, events);
            final Thread writer = pair.writeAndClose(pair.client, stream.toByteArray());
            while (server.receive() >= 0)
            {
                // parse until the writer closes the stream
            }
            writer.join();
            pair.rethrow();
        }
        assertEveryType(expected, "L:", "U:", "O");
        assertEquals(expected, actual);
    }

    /**
     * A session name shorter than its 10 bytes. In Login Accepted both sides pad it on the left,
     * as the SoupBinTCP 3.00 field note says ("Left padded with spaces"). In the Login Request's
     * requested session, a plain Alpha field, nassau right-justifies too while we left-justify; a
     * session read from a Login Accepted keeps its leading spaces, so the next Login Request
     * echoes it byte for byte, and blank or full-width sessions (the usual case) are identical.
     */
    @Test
    void shortSessionsArePaddedOnTheLeftInLoginAccepted() throws Exception
    {
        final SoupBinTCP.LoginAccepted accepted = new SoupBinTCP.LoginAccepted();
        accepted.setSession("ABC");
        accepted.setSequenceNumber(42);
        assertEquals("       ABC", accepted.getSession());

        final UnsafeBuffer ours = new UnsafeBuffer(new byte[64]);
        SoupBinTcpEncoder.loginAccepted(ours, 0, "ABC", 42);
        assertEquals("       ABC", ours.getStringWithoutLengthAscii(SoupBinTcpDescriptor.ACCEPTED_SESSION_OFFSET, 10));

        final List<String> expected = List.of("A:       ABC/42");
        final byte[] nassauBytes;
        try (Pair pair = new Pair())
        {
            final SoupBinTCPServer server = new SoupBinTCPServer(clock, pair.server, MAX_PAYLOAD, (b) -> { }, new NassauServerEvents(new ArrayList<>()));
            final Drain drain = new Drain(pair.client);
            server.accept(accepted);
            pair.server.shutdownOutput();
            nassauBytes = drain.join();
        }
        final Decoded decoded = new Decoded();
        decoded.receiver.onBytes(new UnsafeBuffer(nassauBytes), 0, nassauBytes.length);
        decoded.assertMatches(expected, "nassau Login Accepted with a short session");
        final UnsafeBuffer nassau = new UnsafeBuffer(nassauBytes);
        assertEquals(nassau.getStringWithoutLengthAscii(SoupBinTcpDescriptor.ACCEPTED_SESSION_OFFSET, 10),
            ours.getStringWithoutLengthAscii(SoupBinTcpDescriptor.ACCEPTED_SESSION_OFFSET, 10), "the same bytes");

        final SoupBinTCP.LoginRequest request = new SoupBinTCP.LoginRequest();
        request.setRequestedSession("ABC");
        assertEquals("       ABC", request.getRequestedSession());
        SoupBinTcpEncoder.loginRequest(ours, 0, "U", "P", "ABC", 1);
        assertEquals("ABC       ", ours.getStringWithoutLengthAscii(SoupBinTcpDescriptor.REQUESTED_SESSION_OFFSET, 10));
        SoupBinTcpEncoder.loginRequest(ours, 0, "U", "P", "       ABC", 1);
        assertEquals("       ABC", ours.getStringWithoutLengthAscii(SoupBinTcpDescriptor.REQUESTED_SESSION_OFFSET, 10));
    }

    private byte[] captureFromNassauServer(
        final Random random, final int packets, final int maxPayload, final List<String> expected, final ByteArrayOutputStream ourBytes)
        throws Exception
    {
        final UnsafeBuffer out = new UnsafeBuffer(new byte[SoupBinTcpDescriptor.MAX_PACKET_SIZE]);
        try (Pair pair = new Pair())
        {
            final SoupBinTCPServer server = new SoupBinTCPServer(clock, pair.server, MAX_PAYLOAD, (b) -> { }, new NassauServerEvents(new ArrayList<>()));
            final Drain drain = new Drain(pair.client);
            for (int i = 0; i < packets; i++)
            {
                final int length;
                switch (random.nextInt(7))
                {
                    case 0:
                    {
                        final String session = randomAlnum(random, SoupBinTcpDescriptor.SESSION_LENGTH, true);
                        final long sequenceNumber = randomSequenceNumber(random);
                        final SoupBinTCP.LoginAccepted accepted = new SoupBinTCP.LoginAccepted();
                        accepted.setSession(session);
                        accepted.setSequenceNumber(sequenceNumber);
                        server.accept(accepted);
                        expected.add("A:" + session + "/" + sequenceNumber);
                        length = SoupBinTcpEncoder.loginAccepted(out, 0, session, sequenceNumber);
                        break;
                    }
                    case 1:
                    {
                        final char code = random.nextBoolean() ? 'A' : 'S';
                        final SoupBinTCP.LoginRejected rejected = new SoupBinTCP.LoginRejected();
                        rejected.setRejectReasonCode((byte)code);
                        server.reject(rejected);
                        expected.add("J:" + code);
                        length = SoupBinTcpEncoder.loginRejected(out, 0, code);
                        break;
                    }
                    case 2:
                        now[0] += 1_001; // nassau sends a heartbeat once a second has passed without output
                        server.keepAlive();
                        expected.add("H");
                        length = SoupBinTcpEncoder.emptyPacket(out, 0, SoupBinTcpDescriptor.SERVER_HEARTBEAT);
                        break;
                    case 3:
                        server.endSession();
                        expected.add("Z");
                        length = SoupBinTcpEncoder.emptyPacket(out, 0, SoupBinTcpDescriptor.END_OF_SESSION);
                        break;
                    case 4:
                    {
                        final String text = randomAlnum(random, Math.min(80, maxPayload), false);
                        sendDebug(server, text);
                        expected.add("+:" + text);
                        length = debugPacket(out, text);
                        break;
                    }
                    default:
                    {
                        final byte[] payload = randomBytes(random, randomLength(random, maxPayload));
                        server.send(ByteBuffer.wrap(payload));
                        expected.add("S:" + base64(payload));
                        length = SoupBinTcpEncoder.sequencedDataHeader(out, 0, payload.length);
                        out.putBytes(SoupBinTcpDescriptor.PAYLOAD_OFFSET, payload);
                        break;
                    }
                }
                ourBytes.write(out.byteArray(), 0, length);
            }
            pair.server.shutdownOutput();
            return drain.join();
        }
    }

    private byte[] captureFromNassauClient(
        final Random random, final int packets, final int maxPayload, final List<String> expected, final ByteArrayOutputStream ourBytes)
        throws Exception
    {
        final UnsafeBuffer out = new UnsafeBuffer(new byte[SoupBinTcpDescriptor.MAX_PACKET_SIZE]);
        try (Pair pair = new Pair())
        {
            final SoupBinTCPClient client = new SoupBinTCPClient(clock, pair.client, MAX_PAYLOAD, (b) -> { }, new NassauClientEvents(new ArrayList<>()));
            final Drain drain = new Drain(pair.server);
            for (int i = 0; i < packets; i++)
            {
                final int length;
                switch (random.nextInt(6))
                {
                    case 0:
                    {
                        final String username = randomAlnum(random, SoupBinTcpDescriptor.USERNAME_LENGTH, false);
                        final String password = randomAlnum(random, SoupBinTcpDescriptor.PASSWORD_LENGTH, false);
                        final String session = random.nextInt(3) == 0 ? "" : randomAlnum(random, SoupBinTcpDescriptor.SESSION_LENGTH, true);
                        final long sequenceNumber = randomSequenceNumber(random);
                        final SoupBinTCP.LoginRequest request = new SoupBinTCP.LoginRequest();
                        request.setUsername(username);
                        request.setPassword(password);
                        request.setRequestedSession(session);
                        request.setRequestedSequenceNumber(sequenceNumber);
                        client.login(request);
                        expected.add("L:" + username + "/" + password + "/" + session + "/" + sequenceNumber);
                        length = SoupBinTcpEncoder.loginRequest(out, 0, username, password, session, sequenceNumber);
                        break;
                    }
                    case 1:
                        now[0] += 1_001;
                        client.keepAlive();
                        expected.add("R");
                        length = SoupBinTcpEncoder.emptyPacket(out, 0, SoupBinTcpDescriptor.CLIENT_HEARTBEAT);
                        break;
                    case 2:
                        client.logout();
                        expected.add("O");
                        length = SoupBinTcpEncoder.emptyPacket(out, 0, SoupBinTcpDescriptor.LOGOUT_REQUEST);
                        break;
                    case 3:
                    {
                        final String text = randomAlnum(random, Math.min(80, maxPayload), false);
                        sendDebug(client, text);
                        expected.add("+:" + text);
                        length = debugPacket(out, text);
                        break;
                    }
                    default:
                    {
                        final byte[] payload = randomBytes(random, randomLength(random, maxPayload));
                        client.send(ByteBuffer.wrap(payload));
                        expected.add("U:" + base64(payload));
                        length = SoupBinTcpEncoder.unsequencedDataHeader(out, 0, payload.length);
                        out.putBytes(SoupBinTcpDescriptor.PAYLOAD_OFFSET, payload);
                        break;
                    }
                }
                ourBytes.write(out.byteArray(), 0, length);
            }
            pair.client.shutdownOutput();
            return drain.join();
        }
    }

    private static void assertDecodesInAnyChunking(final Random random, final byte[] bytes, final List<String> expected)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
        final Decoded whole = new Decoded();
        whole.receiver.onBytes(buffer, 0, bytes.length);
        whole.assertMatches(expected, "whole stream");

        final Decoded oneByteAtATime = new Decoded();
        for (int i = 0; i < bytes.length; i++)
        {
            oneByteAtATime.receiver.onBytes(buffer, i, 1);
        }
        oneByteAtATime.assertMatches(expected, "one byte at a time");

        for (int run = 0; run < 20; run++)
        {
            final Decoded chunked = new Decoded();
            int position = 0;
            while (position < bytes.length)
            {
                final int chunk = Math.min(bytes.length - position, 1 + random.nextInt(random.nextBoolean() ? 64 : 100_000));
                chunked.receiver.onBytes(buffer, position, chunk);
                position += chunk;
            }
            chunked.assertMatches(expected, "random chunks, run " + run);
        }
    }

    private static void assertEveryType(final List<String> events, final String... prefixes)
    {
        for (final String prefix : prefixes)
        {
            assertTrue(events.stream().filter(e -> e.startsWith(prefix)).count() >= 5, "too few packets of type " + prefix);
        }
        assertTrue(events.stream().anyMatch(e -> e.length() > 80_000), "no payload near the largest size");
        assertTrue(events.stream().anyMatch(e -> e.equals("S:") || e.equals("U:")), "no empty payload");
    }

    private static void sendDebug(final SoupBinTCPSession session, final String text) throws Exception
    {
        SEND_PACKET.invoke(session, (byte)'+', ByteBuffer.wrap(text.getBytes(US_ASCII)));
    }

    private static Method sendPacketMethod()
    {
        try
        {
            final Method method = SoupBinTCPSession.class.getDeclaredMethod("send", byte.class, ByteBuffer.class);
            method.setAccessible(true);
            return method;
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new ExceptionInInitializerError(ex);
        }
    }

    /** Our encoder has no Debug writer: the packet is a length, '+', then the text. */
    private static int debugPacket(final MutableDirectBuffer out, final String text)
    {
        out.putShort(SoupBinTcpDescriptor.PACKET_LENGTH_OFFSET, (short)(1 + text.length()), java.nio.ByteOrder.BIG_ENDIAN);
        out.putByte(SoupBinTcpDescriptor.PACKET_TYPE_OFFSET, SoupBinTcpDescriptor.DEBUG);
        out.putStringWithoutLengthAscii(SoupBinTcpDescriptor.PAYLOAD_OFFSET, text);
        return SoupBinTcpDescriptor.PAYLOAD_OFFSET + text.length();
    }

    private static long randomSequenceNumber(final Random random)
    {
        switch (random.nextInt(4))
        {
            case 0:
                return 0;
            case 1:
                return 1 + random.nextInt(1_000);
            case 2:
                return Long.MAX_VALUE - random.nextInt(1_000);
            default:
                return random.nextLong() >>> 1;
        }
    }

    /** Mostly short lengths, some zero, some up to the largest payload. */
    private static int randomLength(final Random random, final int max)
    {
        switch (random.nextInt(10))
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

    private static String randomAlnum(final Random random, final int maxLength, final boolean fullWidth)
    {
        final int length = fullWidth ? maxLength : random.nextInt(maxLength + 1);
        final StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            sb.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    private static byte[] randomBytes(final Random random, final int length)
    {
        final byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String padRight(final String value, final int width)
    {
        final StringBuilder sb = new StringBuilder(value);
        while (sb.length() < width)
        {
            sb.append(' ');
        }
        return sb.toString();
    }

    private static String base64(final byte[] bytes)
    {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String base64(final DirectBuffer buffer, final int offset, final int length)
    {
        final byte[] copy = new byte[length];
        buffer.getBytes(offset, copy);
        return base64(copy);
    }

    /** Our receiver and decoder, recording each packet as one line. */
    private static final class Decoded implements SoupBinTcpListener
    {
        final List<String> events = new ArrayList<>();
        final SoupBinTcpDecoder decoder = new SoupBinTcpDecoder(this);
        final SoupBinTcpReceiver receiver = new SoupBinTcpReceiver(decoder);

        void assertMatches(final List<String> expected, final String what)
        {
            assertEquals(0, decoder.errorCounters().total(), what);
            assertEquals(0, receiver.pendingBytes(), what);
            assertEquals(expected.size(), events.size(), what);
            for (int i = 0; i < expected.size(); i++)
            {
                assertEquals(expected.get(i), events.get(i), what + ", packet " + i);
            }
        }

        @Override
        public void onLoginRequest(final SoupBinTcpLogin login)
        {
            final StringBuilder sb = new StringBuilder("L:");
            login.appendUsername(sb).append('/');
            login.appendPassword(sb).append('/');
            login.appendRequestedSession(sb).append('/').append(login.requestedSequenceNumber());
            events.add(sb.toString());
        }

        @Override
        public void onLoginAccepted(final SoupBinTcpLogin login)
        {
            events.add(login.appendSession(new StringBuilder("A:")).append('/').append(login.sequenceNumber()).toString());
        }

        @Override
        public void onLoginRejected(final char reasonCode)
        {
            events.add("J:" + reasonCode);
        }

        @Override
        public void onSequencedData(final DirectBuffer buffer, final int offset, final int length)
        {
            events.add("S:" + base64(buffer, offset, length));
        }

        @Override
        public void onUnsequencedData(final DirectBuffer buffer, final int offset, final int length)
        {
            events.add("U:" + base64(buffer, offset, length));
        }

        @Override
        public void onDebug(final DirectBuffer buffer, final int offset, final int length)
        {
            events.add("+:" + buffer.getStringWithoutLengthAscii(offset, length));
        }

        @Override
        public void onServerHeartbeat()
        {
            events.add("H");
        }

        @Override
        public void onClientHeartbeat()
        {
            events.add("R");
        }

        @Override
        public void onLogoutRequest()
        {
            events.add("O");
        }

        @Override
        public void onEndOfSession()
        {
            events.add("Z");
        }
    }

    /** What nassau's client session surfaces: everything but heartbeats and Debug. */
    private static final class NassauClientEvents implements MessageListener, SoupBinTCPClientStatusListener
    {
        private final List<String> events;

        NassauClientEvents(final List<String> events)
        {
            this.events = events;
        }

        @Override
        public void message(final ByteBuffer buffer)
        {
            final byte[] copy = new byte[buffer.remaining()];
            buffer.get(copy);
            events.add("S:" + base64(copy));
        }

        @Override
        public void heartbeatTimeout(final SoupBinTCPClient session)
        {
        }

        @Override
        public void loginAccepted(final SoupBinTCPClient session, final SoupBinTCP.LoginAccepted payload)
        {
            events.add("A:" + payload.getSession() + "/" + payload.getSequenceNumber());
        }

        @Override
        public void loginRejected(final SoupBinTCPClient session, final SoupBinTCP.LoginRejected payload)
        {
            events.add("J:" + (char)payload.getRejectReasonCode());
        }

        @Override
        public void endOfSession(final SoupBinTCPClient session)
        {
            events.add("Z");
        }
    }

    /** What nassau's server session surfaces: everything but heartbeats and Debug. */
    private static final class NassauServerEvents implements MessageListener, SoupBinTCPServerStatusListener
    {
        private final List<String> events;

        NassauServerEvents(final List<String> events)
        {
            this.events = events;
        }

        @Override
        public void message(final ByteBuffer buffer)
        {
            final byte[] copy = new byte[buffer.remaining()];
            buffer.get(copy);
            events.add("U:" + base64(copy));
        }

        @Override
        public void heartbeatTimeout(final SoupBinTCPServer session)
        {
        }

        @Override
        public void loginRequest(final SoupBinTCPServer session, final SoupBinTCP.LoginRequest payload)
        {
            events.add("L:" + payload.getUsername() + "/" + payload.getPassword() + "/" + payload.getRequestedSession() + "/" +
                payload.getRequestedSequenceNumber());
        }

        @Override
        public void logoutRequest(final SoupBinTCPServer session)
        {
            events.add("O");
        }
    }

    /** A connected loopback TCP pair, both ends blocking. */
    private static final class Pair implements AutoCloseable
    {
        final SocketChannel client;
        final SocketChannel server;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Pair() throws IOException
        {
            try (ServerSocketChannel acceptor = ServerSocketChannel.open())
            {
                acceptor.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                client = SocketChannel.open(acceptor.getLocalAddress());
                server = acceptor.accept();
            }
        }

        Thread writeAndClose(final SocketChannel channel, final byte[] bytes)
        {
            final Thread thread = new Thread(() ->
            {
                try
                {
                    final ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining())
                    {
                        channel.write(buffer);
                    }
                    channel.shutdownOutput();
                }
                catch (final Throwable t)
                {
                    failure.set(t);
                }
            }, "soupbintcp-writer");
            thread.setDaemon(true);
            thread.start();
            return thread;
        }

        void rethrow()
        {
            final Throwable t = failure.get();
            if (null != t)
            {
                throw new AssertionError("writer failed", t);
            }
        }

        @Override
        public void close() throws IOException
        {
            client.close();
            server.close();
        }
    }

    /** Reads one end of a pair to end of stream on its own thread. */
    private static final class Drain
    {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Thread thread;

        Drain(final SocketChannel channel)
        {
            thread = new Thread(() ->
            {
                try
                {
                    final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
                    while (channel.read(buffer.clear()) >= 0)
                    {
                        bytes.write(buffer.array(), 0, buffer.position());
                    }
                }
                catch (final Throwable t)
                {
                    failure.set(t);
                }
            }, "soupbintcp-drain");
            thread.setDaemon(true);
            thread.start();
        }

        byte[] join() throws InterruptedException
        {
            thread.join(30_000);
            assertTrue(!thread.isAlive(), "drain did not reach end of stream");
            if (null != failure.get())
            {
                throw new AssertionError("drain failed", failure.get());
            }
            return bytes.toByteArray();
        }
    }
}
