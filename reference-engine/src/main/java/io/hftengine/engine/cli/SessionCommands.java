package io.hftengine.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.hftengine.engine.config.EngineConfig;
import io.hftengine.engine.config.EngineConfigLoader;
import io.hftengine.engine.profile.ProfileSession;
import io.hftengine.engine.report.RunSummary;
import io.hftengine.engine.run.EngineSession;
import io.hftengine.engine.run.SessionOptions;

/** Runs an {@link EngineSession} for a command, with SIGTERM turned into a clean stop. */
final class SessionCommands {
    private SessionCommands() {
    }

    static EngineConfig config(final Path dir, final RunOptions run) {
        final EngineConfig config = dir == null ? EngineConfigLoader.defaults() : EngineConfigLoader.load(dir);
        if (run.oversubscribe) {
            final var current = config.pipeline().build();
            config.pipeline().layout(current.threads(), true, current.pin());
        }
        return config;
    }

    static int run(final SessionOptions options, final RunOptions run) throws IOException, InterruptedException {
        // try/finally, not try-with-resources: the session variable would be unused (-Xlint:try).
        final ProfileSession profiling = run.profile.begin(System.out::println);
        final CountDownLatch finished = new CountDownLatch(1);
        try {
            return run(options, finished);
        } finally {
            try {
                profiling.close();
            } finally {
                finished.countDown();
            }
        }
    }

    /**
     * The exit code of a session that ran to its end: an input that held nothing to play
     * ({@link ExitCodes#INPUT}), a stage error or a partial replay ({@link ExitCodes#FAILED}),
     * else trading halted by the kill switch or by the venue's session ending
     * ({@link ExitCodes#HALTED}: a script must not take such a day for a clean one), else
     * {@link ExitCodes#OK}.
     *
     * @param summary the session's summary
     * @return the exit code
     */
    static int exitCode(final RunSummary summary) {
        if (counter(summary, "replay_no_messages") != 0) {
            return ExitCodes.INPUT;
        }
        if (counter(summary, "stage_errors") != 0 || counter(summary, "replay_incomplete") != 0) {
            return ExitCodes.FAILED;
        }
        if (counter(summary, "kill_switch_tripped") != 0 || counter(summary, "venue_session_ended") != 0) {
            return ExitCodes.HALTED;
        }
        return ExitCodes.OK;
    }

    private static long counter(final RunSummary summary, final String name) {
        return summary.counters.getOrDefault(name, 0L);
    }

    private static int run(final SessionOptions options, final CountDownLatch finished)
            throws IOException, InterruptedException {
        final EngineSession session = new EngineSession(options, System.out);
        final Thread hook = new Thread(() -> {
            session.requestStop();
            try {
                // Until the session has drained, flushed its journal and written its report; not
                // until the main thread ends: on SIGTERM it ends in System.exit, which waits for
                // this hook, so joining it waited out the whole timeout.
                finished.await(30, TimeUnit.SECONDS);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hft-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return exitCode(session.run());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (final IllegalStateException shuttingDown) {
                // The JVM is already exiting on SIGTERM: the hook is running and waits for us.
            }
        }
    }
}
