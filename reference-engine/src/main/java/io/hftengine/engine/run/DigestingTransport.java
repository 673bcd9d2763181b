package io.hftengine.engine.run;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.hftengine.pipeline.gateway.OrderTransport;
import io.hftengine.pipeline.gateway.ReplyHandler;
import org.agrona.DirectBuffer;

/**
 * An {@link OrderTransport} that fingerprints every order message it passes on: the SHA-256 of
 * the order byte stream, in order, is the {@code order_digest} that proves two runs sent the
 * same orders. The bytes are copied into a reusable array; nothing allocates per order.
 */
public final class DigestingTransport implements OrderTransport {
    private final OrderTransport delegate;
    private final MessageDigest digest;
    private final byte[] scratch = new byte[1024];
    private long messages;
    private long bytes;

    /**
     * Wraps a transport.
     *
     * @param delegate where orders really go
     */
    public DigestingTransport(final OrderTransport delegate) {
        this.delegate = delegate;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public boolean send(final DirectBuffer buffer, final int offset, final int length) {
        int done = 0;
        while (done < length) {
            final int chunk = Math.min(scratch.length, length - done);
            buffer.getBytes(offset + done, scratch, 0, chunk);
            digest.update(scratch, 0, chunk);
            done += chunk;
        }
        messages++;
        bytes += length;
        return delegate.send(buffer, offset, length);
    }

    @Override
    public int pollReplies(final ReplyHandler handler) {
        return delegate.pollReplies(handler);
    }

    @Override
    public boolean synchronousReplies() {
        return delegate.synchronousReplies();
    }

    @Override
    public long replySequence() {
        return delegate.replySequence();
    }

    /**
     * Returns the digest of every order message sent so far; call once, after the run.
     *
     * @return SHA-256, lower-case hex
     */
    public String hexDigest() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Returns how many order messages passed through.
     *
     * @return the count
     */
    public long messages() {
        return messages;
    }

    /**
     * Returns how many order bytes passed through.
     *
     * @return the byte count
     */
    public long bytes() {
        return bytes;
    }

    /**
     * The transport that really sends: a digesting wrapper's delegate, else the transport itself
     * (so the SoupBinTCP session counters are found behind the demo's digest).
     */
    static OrderTransport unwrap(final OrderTransport transport) {
        return transport instanceof DigestingTransport digesting ? digesting.delegate : transport;
    }

    @Override
    public void close() {
        delegate.close();
    }
}
