package io.hftengine.pipeline.risk;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A latch that stops every new order once set; it is never cleared while the engine runs.
 *
 * <p>Any thread may {@link #trip} it (the risk stage on a ring overflow, the pipeline on an
 * external request from the metrics control region or the CLI); the first reason wins and is
 * kept. The risk stage reads it before every new order with one acquire load. Cancels still go
 * through after a trip because they only reduce risk.
 */
public final class KillSwitch {
    private static final VarHandle REASON;

    static {
        try {
            REASON = MethodHandles.lookup().findVarHandle(KillSwitch.class, "reason", String.class);
        } catch (final ReflectiveOperationException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    @SuppressWarnings("unused") // accessed through REASON
    private volatile String reason;

    /** Creates an untripped switch. */
    public KillSwitch() {
    }

    /**
     * Sets the switch; later calls keep the first reason.
     *
     * @param why a constant, human-readable reason (not built per call on a hot path)
     * @return true when this call tripped it, false when it was already set
     */
    public boolean trip(final String why) {
        return REASON.compareAndSet(this, (String) null, why == null ? "unspecified" : why);
    }

    /**
     * Returns whether the switch is set.
     *
     * @return whether the switch is set
     */
    public boolean isTripped() {
        return REASON.getAcquire(this) != null;
    }

    /**
     * Returns the first reason given, or {@code null} when not tripped.
     *
     * @return the first reason given, or {@code null} when not tripped
     */
    public String reason() {
        return (String) REASON.getAcquire(this);
    }
}
