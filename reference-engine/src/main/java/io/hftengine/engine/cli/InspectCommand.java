package io.hftengine.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.hftengine.protocol.tools.InspectBinaryFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hft inspect}: what a recording or BinaryFILE holds. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Message counts by type, symbols, time span and errors of a NASDAQ BinaryFILE or a pcap.")
public final class InspectCommand implements Callable<Integer> {
    /** Creates the command; picocli fills its options. */
    public InspectCommand() {
        // fields are set by picocli or by the caller
    }

    @Parameters(index = "0", description = "The file: NASDAQ BinaryFILE (ITCH 5.0) or pcap/pcapng of MoldUDP64.")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(file)) {
            System.err.println("inspect: cannot read " + file);
            return ExitCodes.INPUT;
        }
        InspectBinaryFile.inspect(file, System.out);
        return ExitCodes.OK;
    }
}
