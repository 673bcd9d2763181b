package io.hftengine.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hftengine.engine.config.ConfigException;
import io.hftengine.engine.config.EngineConfigLoader;
import io.hftengine.engine.config.TomlFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the engine's configuration loader, one file at a time with the other two at their
 * shipped defaults. The contract: any text either loads or throws a {@link ConfigException} that
 * names one of the three files and a line; any other exception is a finding.
 */
class EngineConfigLoaderFuzzTest
{
    private static final String ENGINE = defaults(EngineConfigLoader.ENGINE_FILE);
    private static final String NETWORK = defaults(EngineConfigLoader.NETWORK_FILE);
    private static final String RISK = defaults(EngineConfigLoader.RISK_FILE);

    /**
     * Fuzzes {@code engine.toml}.
     *
     * @param input the file's bytes (decoded as UTF-8, as the loader reads files)
     */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "toml.dict")
    void engineFile(final byte[] input)
    {
        load(text(input), NETWORK, RISK);
    }

    /**
     * Fuzzes {@code network.toml}. Host names resolve through the test's fixed hosts file, never DNS.
     *
     * @param input the file's bytes
     */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "toml.dict")
    void networkFile(final byte[] input)
    {
        load(ENGINE, text(input), RISK);
    }

    /**
     * Fuzzes {@code risk_limits.toml}.
     *
     * @param input the file's bytes
     */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "toml.dict")
    void riskFile(final byte[] input)
    {
        load(ENGINE, NETWORK, text(input));
    }

    private static void load(final String engine, final String network, final String risk)
    {
        try
        {
            assertNotNull(EngineConfigLoader.load(
                TomlFile.parse(EngineConfigLoader.ENGINE_FILE, engine),
                TomlFile.parse(EngineConfigLoader.NETWORK_FILE, network),
                TomlFile.parse(EngineConfigLoader.RISK_FILE, risk)));
        }
        catch (final ConfigException rejected)
        {
            final String file = rejected.file();
            assertTrue(EngineConfigLoader.ENGINE_FILE.equals(file) || EngineConfigLoader.NETWORK_FILE.equals(file)
                || EngineConfigLoader.RISK_FILE.equals(file), "names a file: " + rejected.getMessage());
            assertTrue(rejected.line() >= ConfigException.NO_LINE, "line: " + rejected.getMessage());
            assertTrue(rejected.getMessage().startsWith(file), "message starts with the file: " + rejected.getMessage());
        }
    }

    private static String text(final byte[] input)
    {
        return new String(input, StandardCharsets.UTF_8);
    }

    /** The repository's config/ files, which reference-engine embeds as its defaults. */
    private static String defaults(final String file)
    {
        final String resource = "io/hftengine/engine/config/defaults/" + file;
        try (InputStream in = EngineConfigLoaderFuzzTest.class.getClassLoader().getResourceAsStream(resource))
        {
            if (in == null)
            {
                throw new IllegalStateException("reference-engine jar lacks " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
