package io.hftengine.stress.spsc;

/** Compares what was accepted with what was delivered, for the wraparound shapes. */
final class Verdict {
    static final int OK = 0;
    static final int LOST = 1;
    static final int DUPLICATED = 2;
    static final int REORDERED = 3;

    private Verdict() {
    }

    /**
     * @param offered element i at index i if its offer succeeded, else null
     * @param received delivered elements in delivery order
     * @param receivedCount number of delivered elements
     * @return OK, LOST, DUPLICATED or REORDERED
     */
    static int of(Object[] offered, Object[] received, int receivedCount) {
        int accepted = 0;
        for (Object o : offered) {
            if (o != null) {
                accepted++;
            }
        }
        if (receivedCount > accepted) {
            return DUPLICATED;
        }
        int next = 0;
        for (int i = 0; i < receivedCount; i++) {
            while (next < offered.length && offered[next] == null) {
                next++;
            }
            if (next == offered.length || received[i] != offered[next]) {
                return REORDERED;
            }
            next++;
        }
        return receivedCount < accepted ? LOST : OK;
    }
}
