package io.hftengine.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code hft doctor} prints one line per setting and exits 0 unless --strict finds something to change. */
class DoctorCommandTest {
    private final StringWriter out = new StringWriter();

    private int run(final String... args) {
        return new CommandLine(new DoctorCommand()).setOut(new PrintWriter(out)).execute(args);
    }

    @Test
    void reportsAndExitsZero() {
        final int code = run("--root", HostCheckTest.HOSTS.resolve("vm-2vcpu").toString());
        assertEquals(0, code, out.toString());
        final String text = out.toString();
        assertTrue(text.contains("setting") && text.contains("| found | recommended | why"), text);
        assertTrue(text.contains("CHANGE  isolated cpus (isolcpus)"), text);
        assertTrue(text.contains("nothing was changed"), text);
        assertEquals(16 + 3, text.split("\n").length, text);
    }

    @Test
    void strictFailsWhenSomethingShouldChange() {
        assertEquals(1, run("--strict", "--root", HostCheckTest.HOSTS.resolve("vm-2vcpu").toString()), out.toString());
    }

    @Test
    void theLiveHostIsReadWithoutFailing() {
        assertEquals(0, run());
        assertTrue(out.toString().contains("host as read from /"), out.toString());
    }
}
