package io.hftengine.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The --profile options parse as the run commands will see them. */
class ProfileOptionsTest {
    @Command(name = "run")
    static final class RunLike implements Runnable {
        @Mixin
        ProfileOptions profile;

        @Override
        public void run() {
        }
    }

    @Test
    void modesParseInAnyCase() {
        assertEquals(ProfileMode.ALLOC, ProfileMode.parse(" Alloc "));
        assertEquals(ProfileMode.LOCK, ProfileMode.parse("lock"));
        final IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ProfileMode.parse("wall"));
        assertTrue(bad.getMessage().contains("cpu, alloc or lock"), bad.getMessage());
    }

    @Test
    void optionsFillTheMixin() {
        final RunLike command = new RunLike();
        new CommandLine(command).parseArgs("--profile", "out/flame.html", "--profile-mode", "LOCK");
        assertTrue(command.profile.requested());
        assertEquals(Path.of("out/flame.html"), command.profile.file());
        assertEquals(ProfileMode.LOCK, command.profile.mode());
    }

    @Test
    void withoutTheOptionNothingIsProfiled() {
        final RunLike command = new RunLike();
        new CommandLine(command).parseArgs();
        assertFalse(command.profile.requested());
        assertNull(command.profile.file());
        assertEquals(ProfileMode.CPU, command.profile.mode());
        final List<String> log = new ArrayList<>();
        final ProfileSession session = command.profile.begin(log::add);
        assertFalse(session.isProfiling());
        assertEquals(ProfileOutcome.IGNORED, session.finish().outcome());
        assertTrue(log.isEmpty(), log.toString());
    }

    @Test
    void aBadModeIsAUsageError() {
        final StringWriter err = new StringWriter();
        final int code = new CommandLine(new RunLike()).setErr(new PrintWriter(err))
            .execute("--profile", "x.html", "--profile-mode", "wall");
        assertEquals(2, code);
        assertTrue(err.toString().contains("cpu, alloc or lock"), err.toString());
    }
}
