package io.hftengine.fuzz;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Fuzzing findings not fixed yet, kept executable: each input under
 * {@code src/test/resources/io/hftengine/fuzz/open-findings/<Class>/<method>/} is replayed through
 * its fuzz target and must still fail the way its report says. The build stays green while the
 * fix is routed; the day the owning module is fixed this test fails, telling whoever fixed it to
 * move the input into {@code <Class>Inputs/<method>/}, where it becomes a regression input that
 * must pass for ever.
 */
class OpenFindingsTest
{
    /** Input file name prefix to the exception it still raises instead of honouring the contract. */
    private static final Map<String, Class<? extends Throwable>> STILL_FAILS_WITH = Map.of();

    @TestFactory
    Stream<DynamicTest> everyOpenFindingStillReproduces() throws Exception
    {
        final var resource = OpenFindingsTest.class.getResource("open-findings");
        if (resource == null)
        {
            return Stream.empty(); // nothing open: every finding so far is fixed and a regression input
        }
        final Path root = Path.of(resource.toURI());
        final List<Path> inputs;
        try (Stream<Path> files = Files.walk(root))
        {
            inputs = files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        return inputs.stream().map(input -> DynamicTest.dynamicTest(root.relativize(input).toString(), () ->
        {
            final String target = input.getParent().getParent().getFileName() + "#" + input.getParent().getFileName();
            final Class<? extends Throwable> expected = STILL_FAILS_WITH.get(input.getFileName().toString());
            if (expected == null)
            {
                throw new AssertionError("open finding " + input.getFileName() + " has no entry in STILL_FAILS_WITH");
            }
            final Throwable thrown = assertThrows(Throwable.class, replay(target, Files.readAllBytes(input)),
                () -> "FIXED: " + input.getFileName() + " no longer fails " + target + ". Move it to src/test/resources/"
                    + "io/hftengine/fuzz/" + target.replace("#", "Inputs/") + "/ and delete its STILL_FAILS_WITH entry.");
            if (!expected.isInstance(thrown))
            {
                throw new AssertionError(input.getFileName() + " now fails differently than reported", thrown);
            }
        }));
    }

    private static Executable replay(final String target, final byte[] input)
    {
        final EngineConfigLoaderFuzzTest config = new EngineConfigLoaderFuzzTest();
        switch (target)
        {
            case "EngineConfigLoaderFuzzTest#engineFile":
                return () -> config.engineFile(input);
            case "EngineConfigLoaderFuzzTest#networkFile":
                return () -> config.networkFile(input);
            case "EngineConfigLoaderFuzzTest#riskFile":
                return () -> config.riskFile(input);
            default:
                throw new AssertionError("no replay for target " + target + ": add a case");
        }
    }
}
