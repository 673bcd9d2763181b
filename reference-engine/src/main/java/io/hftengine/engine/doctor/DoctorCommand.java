package io.hftengine.engine.doctor;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.hftengine.affinity.SysFs;
import io.hftengine.engine.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hft doctor}: reports what this host has against what a latency-sensitive deployment wants. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Report this host's latency-relevant settings: setting | found | recommended | why.",
            "Reads /sys and /proc only; never changes the host; works unprivileged."})
public final class DoctorCommand implements Callable<Integer> {
    @Option(names = "--strict", description = "Exit with 1 when any setting should change (default: always exit 0).")
    boolean strict;

    @Option(names = "--root", paramLabel = "DIR", hidden = true,
            description = "Read sys/ and proc/ below DIR instead of / (captured fixtures of other hosts).")
    Path root;

    @Spec
    CommandSpec spec;

    /** Creates the command; picocli fills the options. */
    public DoctorCommand() {
    }

    @Override
    public Integer call() {
        final SysFs fs = root == null ? HostFiles.live() : HostFiles.under(root);
        final DoctorReport report = new HostCheck(fs, JvmFacts.current()).run();
        spec.commandLine().getOut().print(report.format());
        spec.commandLine().getOut().flush();
        return strict && report.count(Verdict.CHANGE) > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
