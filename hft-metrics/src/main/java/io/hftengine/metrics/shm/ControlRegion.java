package io.hftengine.metrics.shm;

import static io.hftengine.metrics.shm.MetricsFileDescriptor.KILL_REASON_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.KILL_SWITCH_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.PROFILE_ACK_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.PROFILE_REQUEST_OFFSET;

import org.agrona.concurrent.AtomicBuffer;

/**
 * The control words of a metrics file: written by the monitor or an operator CLI, polled by the
 * engine off its hot path (for example once per duty cycle of the risk stage).
 *
 * <p>The engine-side reads ({@link #killSwitchRequested()}, {@link #profileRequestPending()}) are
 * single acquire loads: lock-free and allocation-free. Requests from other processes use release
 * stores or an atomic add on the shared mapping, so two operators may request at once.
 */
public final class ControlRegion {
    private final AtomicBuffer buffer;

    ControlRegion(final AtomicBuffer buffer) {
        this.buffer = buffer;
    }

    /**
     * Tells whether a kill switch is in force: the risk stage must then stop all orders.
     *
     * @return {@code true} from a {@link #requestKillSwitch} until a {@link #clearKillSwitch()}
     */
    public boolean killSwitchRequested() {
        return buffer.getLongAcquire(KILL_SWITCH_OFFSET) != 0L;
    }

    /**
     * Returns when the kill switch was requested.
     *
     * @return epoch milliseconds, or 0 if not requested
     */
    public long killSwitchRequestedAtMs() {
        return buffer.getLongAcquire(KILL_SWITCH_OFFSET);
    }

    /**
     * Returns the reason code given with the current kill-switch request.
     *
     * @return the caller-defined code, meaningful only while {@link #killSwitchRequested()}
     */
    public int killSwitchReason() {
        // Acquire on the flag first orders this read after the requester's reason store.
        buffer.getLongAcquire(KILL_SWITCH_OFFSET);
        return buffer.getInt(KILL_REASON_OFFSET);
    }

    /**
     * Requests the kill switch.
     *
     * @param reasonCode a caller-defined reason (0 = unspecified), visible to the engine
     * @param nowEpochMs the request time, epoch milliseconds; values below 1 are stored as 1 so
     *                   the request always reads as set
     */
    public void requestKillSwitch(final int reasonCode, final long nowEpochMs) {
        buffer.putIntVolatile(KILL_REASON_OFFSET, reasonCode);
        buffer.putLongRelease(KILL_SWITCH_OFFSET, Math.max(1L, nowEpochMs));
    }

    /** Withdraws the kill switch (an operator decision; the engine never clears it itself). */
    public void clearKillSwitch() {
        buffer.putLongRelease(KILL_SWITCH_OFFSET, 0L);
    }

    /**
     * Requests a profile (flame graph) capture; the engine acknowledges when it has started one.
     *
     * @return the sequence number of this request, from 1
     */
    public long requestProfile() {
        return buffer.getAndAddLong(PROFILE_REQUEST_OFFSET, 1L) + 1L;
    }

    /**
     * Returns the latest profile request sequence.
     *
     * @return 0 if none was ever requested
     */
    public long profileRequestSequence() {
        return buffer.getLongAcquire(PROFILE_REQUEST_OFFSET);
    }

    /**
     * Returns the latest profile request the engine acknowledged.
     *
     * @return the acknowledged sequence, 0 if none
     */
    public long profileAcknowledgedSequence() {
        return buffer.getLongAcquire(PROFILE_ACK_OFFSET);
    }

    /**
     * Tells whether a profile request awaits the engine.
     *
     * @return {@code true} if the request sequence is ahead of the acknowledged one
     */
    public boolean profileRequestPending() {
        return profileRequestSequence() > profileAcknowledgedSequence();
    }

    /**
     * Acknowledges profile requests up to a sequence. Engine side, one thread.
     *
     * @param sequence the highest request sequence handled, from {@link #profileRequestSequence()}
     */
    public void acknowledgeProfile(final long sequence) {
        buffer.putLongRelease(PROFILE_ACK_OFFSET, sequence);
    }
}
