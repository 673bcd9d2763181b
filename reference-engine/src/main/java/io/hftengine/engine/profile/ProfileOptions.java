package io.hftengine.engine.profile;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The {@code --profile FILE.html} and {@code --profile-mode} options of the run commands
 * ({@code demo}, {@code run}, {@code replay}, {@code bench}): add {@code @Mixin ProfileOptions profile;}
 * to the command and wrap its work in {@link #begin(Consumer)} / {@link ProfileSession#close()}.
 *
 * <p>Filled by picocli; read on the command's main thread.
 */
public final class ProfileOptions {
    @Option(names = "--profile", paramLabel = "FILE.html",
            description = "Profile this run with async-profiler and write an interactive flame graph (HTML) here when it ends.")
    Path file;

    @Option(names = "--profile-mode", paramLabel = "MODE", defaultValue = "cpu", converter = ModeConverter.class,
            description = "What --profile samples: cpu, alloc or lock (default: ${DEFAULT-VALUE}).")
    ProfileMode mode = ProfileMode.CPU;

    /** Creates the options with no profile requested; picocli fills the fields. */
    public ProfileOptions() {
    }

    /**
     * Tells whether {@code --profile} was given.
     *
     * @return {@code true} if a flame graph file was named
     */
    public boolean requested() {
        return file != null;
    }

    /**
     * Returns the flame graph file named by {@code --profile}.
     *
     * @return the file, or {@code null} when none was given
     */
    public Path file() {
        return file;
    }

    /**
     * Returns what the profile samples.
     *
     * @return the mode from {@code --profile-mode}, {@link ProfileMode#CPU} by default
     */
    public ProfileMode mode() {
        return mode;
    }

    /**
     * Starts the requested profile, if any, with {@link Profiler#instance()}. A profile that
     * cannot start is logged and the run goes on unprofiled.
     *
     * @param log receives the start line and, at {@link ProfileSession#close()}, the result line
     * @return the session to close when the run ends; a no-op session without {@code --profile}
     * @throws NullPointerException if log is null
     */
    public ProfileSession begin(final Consumer<String> log) {
        Objects.requireNonNull(log, "log");
        if (file == null) {
            return ProfileSession.none();
        }
        return ProfileSession.start(Profiler.instance(), mode, file, log);
    }

    /** Parses {@code --profile-mode} in any case, with a clear message on a bad name. */
    static final class ModeConverter implements ITypeConverter<ProfileMode> {
        @Override
        public ProfileMode convert(final String value) {
            return ProfileMode.parse(value);
        }
    }
}
