package io.hftengine.pipeline;

import io.hftengine.types.Clock;

/** A clock tests move by hand; readable from any thread. */
public final class MutableClock implements Clock {
    private volatile long nowNs;

    public MutableClock(final long startNs) {
        nowNs = startNs;
    }

    @Override
    public long epochNanos() {
        return nowNs;
    }

    public void set(final long ns) {
        nowNs = ns;
    }

    public void advance(final long ns) {
        nowNs = nowNs + ns;
    }
}
