package io.hftengine.pipeline.gateway;

import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.message.Order;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SoupBinTCP against a minimal in-test server: login, an order as Unsequenced Data, the
 * simulated exchange's replies as Sequenced Data split across several TCP writes (partial
 * reads), a heartbeat after a second of clock time, and logout on close.
 */
class SoupBinTcpOrderTransportTest {
    private static void packet(final DataOutputStream out, final char type, final byte[] payload) throws Exception {
        out.writeShort(payload.length + 1);
        out.writeByte(type);
        out.write(payload);
    }

    @Test
    void logsInSendsOrdersAndFramesRepliesAcrossPartialReads() throws Exception {
        final MutableClock clock = new MutableClock(1_700_000_000_000_000_000L);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            final List<Character> received = new ArrayList<>();
            final CompletableFuture<String> login = new CompletableFuture<>();
            final Thread venue = new Thread(() -> {
                try (Socket s = server.accept()) {
                    final DataInputStream in = new DataInputStream(s.getInputStream());
                    final DataOutputStream out = new DataOutputStream(s.getOutputStream());
                    final byte[] loginBody = new byte[in.readUnsignedShort()];
                    in.readFully(loginBody);
                    login.complete(new String(loginBody, 0, 17));
                    packet(out, 'A', String.format("%-10s%20d", "SESSION001", 1).getBytes());
                    out.flush();
                    final SimulatedExchange rules = new SimulatedExchange(clock, 100, 1_000, 16);
                    while (true) {
                        final int length = in.readUnsignedShort();
                        final byte[] body = new byte[length];
                        in.readFully(body);
                        received.add((char) body[0]);
                        if (body[0] == 'O') {
                            break;
                        }
                        if (body[0] == 'U') {
                            final java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                            final DataOutputStream replies = new DataOutputStream(all);
                            rules.handle(new UnsafeBuffer(body), 1, length - 1, (b, o, l) -> {
                                final byte[] msg = new byte[l];
                                b.getBytes(o, msg);
                                try {
                                    packet(replies, 'S', msg);
                                } catch (final Exception ex) {
                                    throw new IllegalStateException(ex);
                                }
                            });
                            packet(replies, 'H', new byte[0]);
                            final byte[] bytes = all.toByteArray();
                            // dribble the bytes out in small writes: the client must reassemble
                            for (int i = 0; i < bytes.length; i += 7) {
                                out.write(bytes, i, Math.min(7, bytes.length - i));
                                out.flush();
                                Thread.sleep(1);
                            }
                        }
                    }
                } catch (final Exception ex) {
                    login.completeExceptionally(ex);
                }
            }, "soup-venue");
            venue.start();
            final SoupBinTcpOrderTransport soup = new SoupBinTcpOrderTransport(
                (InetSocketAddress) server.getLocalSocketAddress(), "USER", "SECRET", clock);
            assertEquals("LUSER  SECRET    ", login.get(5, TimeUnit.SECONDS));
            final UnsafeBuffer order = new UnsafeBuffer(new byte[64]);
            assertFalse(soup.send(order, 0, 10), "no orders before the login is accepted");
            final long deadline = System.currentTimeMillis() + 5_000;
            while (!soup.isLoggedIn()) {
                soup.pollReplies((b, o, l) -> { });
                assertTrue(System.currentTimeMillis() < deadline);
            }
            final int length = new OuchOrderEncoder(99_999, 0).encodeEnter(new Order().set(77, 1, Side.BUY,
                10 * Price.ONE, 100, 0), Symbol.pack("ALC"), order, 0);
            assertTrue(soup.send(order, 0, length));
            final List<Character> replies = new ArrayList<>();
            while (replies.size() < 2) {
                soup.pollReplies((b, o, l) -> replies.add((char) b.getByte(o)));
                assertTrue(System.currentTimeMillis() < deadline, "replies: " + replies);
            }
            assertEquals(List.of('A', 'E'), replies);
            assertEquals(2, soup.sequencedReceived());
            clock.advance(1_000_000_000L);
            soup.pollReplies((b, o, l) -> { });
            soup.close();
            venue.join(5_000);
            assertEquals(List.of('U', 'R', 'O'), received);
            assertEquals(EnterOrderMessage.MESSAGE_TYPE, order.getByte(0));
        }
    }
}
