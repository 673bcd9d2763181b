package io.hftengine.pipeline.gateway;

/** Counters of a {@link SoupBinTcpOrderTransport}'s session (gateway thread writes, any thread reads). */
public enum SoupBinTcpSessionCounter {
    /** Logins accepted, the first one included. */
    LOGINS,
    /** Sessions lost (end of stream, I/O error, server silent, login unanswered): orders refused until back. */
    DISCONNECTS,
    /** Logins accepted after a lost session. */
    RECONNECTS,
    /** Connection attempts that failed or timed out (each followed by a longer back-off). */
    CONNECT_FAILURES,
    /** Sequenced replies the server skipped over on a re-login (it restarted beyond the one requested). */
    REPLIES_LOST,
    /** Sequenced replies received twice (the server restarted before the one requested) and dropped. */
    DUPLICATES_DROPPED,
    /** Login Rejected by the server (not authorised, or no such session): the session ended for good. */
    LOGIN_REJECTS,
    /** End of Session from the server (the venue closed the day): the session ended for good. */
    END_OF_SESSION,
    /**
     * A resumed session's first Login Accepted was for another session, or started below the
     * replies already applied (another session or trading day): ended for good rather than take
     * that session's replies for ours or for duplicates.
     */
    RESUME_REFUSED
}
