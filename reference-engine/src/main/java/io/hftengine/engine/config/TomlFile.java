package io.hftengine.engine.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;

/**
 * One TOML file, read on the slow path, with typed getters that validate as they read.
 *
 * <p>Every getter either returns a value that passed its check or throws a
 * {@link ConfigException} naming this file, the key's line and the key. Keys the caller never
 * reads are errors too ({@link #rejectUnknownKeys()}): a misspelt limit must not silently fall
 * back to its default.
 */
public final class TomlFile {
    private final String name;
    private final TomlParseResult toml;
    private final Set<String> readKeys = new TreeSet<>();

    private TomlFile(final String name, final TomlParseResult toml) {
        this.name = name;
        this.toml = toml;
    }

    /**
     * Parses a file.
     *
     * @param path the file to read
     * @return the parsed file
     * @throws ConfigException when the file is missing, unreadable or not valid TOML
     */
    public static TomlFile read(final Path path) {
        final String name = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw new ConfigException(name, ConfigException.NO_LINE, "", "file not found: " + path.toAbsolutePath());
        }
        final String text;
        try {
            text = Files.readString(path, java.nio.charset.StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new ConfigException(name, ConfigException.NO_LINE, "", "cannot read " + path + ": " + e.getMessage());
        }
        return parse(name, text);
    }

    /**
     * Parses TOML text, for embedded defaults and tests.
     *
     * @param name the name errors will use for this text
     * @param text the TOML document
     * @return the parsed text
     * @throws ConfigException when the text is not valid TOML
     */
    public static TomlFile parse(final String name, final String text) {
        final TomlParseResult result;
        try {
            result = Toml.parse(text);
        } catch (final TomlParseError e) {
            // tomlj reports most errors in the result but throws some (bad escapes in headers).
            throw new ConfigException(name, e.position().line(), "", "invalid TOML: " + e.getMessage());
        } catch (final StackOverflowError e) {
            // tomlj's parser recurses per nesting level: a pathological file must not kill the JVM.
            throw new ConfigException(name, ConfigException.NO_LINE, "", "invalid TOML: nested too deeply");
        }
        return checked(name, result);
    }

    /**
     * Parses an embedded resource of this module.
     *
     * @param resource the resource path, relative to this class
     * @return the parsed resource
     */
    static TomlFile resource(final String resource) {
        try (var in = TomlFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("embedded config missing: " + resource);
            }
            return parse("<defaults:" + resource + ">", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TomlFile checked(final String name, final TomlParseResult result) {
        final List<TomlParseError> errors = result.errors();
        if (!errors.isEmpty()) {
            final TomlParseError first = errors.get(0);
            throw new ConfigException(name, first.position().line(), "", "invalid TOML: " + first.getMessage());
        }
        return new TomlFile(name, result);
    }

    /**
     * Returns the name errors use for this file.
     *
     * @return the file name
     */
    public String name() {
        return name;
    }

    /**
     * Says whether a key is present.
     *
     * @param key a dotted key
     * @return true when the file sets it
     */
    public boolean has(final String key) {
        readKeys.add(key);
        return toml.contains(key);
    }

    /**
     * Reads an integer within bounds.
     *
     * @param key a dotted key
     * @param defaultValue the value when the key is absent
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return the value
     * @throws ConfigException when the value is not an integer or out of bounds
     */
    public long getLong(final String key, final long defaultValue, final long min, final long max) {
        readKeys.add(key);
        if (!toml.contains(key)) {
            return defaultValue;
        }
        if (!toml.isLong(key)) {
            throw error(key, "must be an integer, was " + describe(key));
        }
        final long value = toml.getLong(key);
        if (value < min || value > max) {
            throw error(key, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * Reads a power of two, as ring sizes must be.
     *
     * @param key a dotted key
     * @param defaultValue the value when the key is absent
     * @param max the largest value allowed
     * @return the value
     * @throws ConfigException when the value is not a power of two in [1, max]
     */
    public int getPowerOfTwo(final String key, final int defaultValue, final int max) {
        return getPowerOfTwo(key, defaultValue, 1, max);
    }

    /**
     * Reads a power of two with a floor, as a ring that needs room for two entries does.
     *
     * @param key a dotted key
     * @param defaultValue the value when the key is absent
     * @param min the smallest value allowed, a power of two
     * @param max the largest value allowed
     * @return the value
     * @throws ConfigException when the value is not a power of two in [min, max]
     */
    public int getPowerOfTwo(final String key, final int defaultValue, final int min, final int max) {
        final long value = getLong(key, defaultValue, min, max);
        if (Long.bitCount(value) != 1) {
            throw error(key, "must be a power of two, was " + value);
        }
        return (int) value;
    }

    /**
     * Reads a boolean.
     *
     * @param key a dotted key
     * @param defaultValue the value when the key is absent
     * @return the value
     * @throws ConfigException when the value is not a boolean
     */
    public boolean getBoolean(final String key, final boolean defaultValue) {
        readKeys.add(key);
        if (!toml.contains(key)) {
            return defaultValue;
        }
        if (!toml.isBoolean(key)) {
            throw error(key, "must be true or false, was " + describe(key));
        }
        return toml.getBoolean(key);
    }

    /**
     * Reads a string.
     *
     * @param key a dotted key
     * @param defaultValue the value when the key is absent
     * @return the value
     * @throws ConfigException when the value is not a string
     */
    public String getString(final String key, final String defaultValue) {
        readKeys.add(key);
        if (!toml.contains(key)) {
            return defaultValue;
        }
        if (!toml.isString(key)) {
            throw error(key, "must be a string, was " + describe(key));
        }
        return toml.getString(key);
    }

    /**
     * Reads a string that must be one of a fixed set; an integer is read as its decimal text, so
     * a choice among numbers may be written as one.
     *
     * @param key a dotted key
     * @param defaultValue the value when the key is absent
     * @param allowed the values accepted
     * @return the value
     * @throws ConfigException when the value is not one of {@code allowed}
     */
    public String getChoice(final String key, final String defaultValue, final String... allowed) {
        // A choice among numbers may be written as one (layout = 2, not only layout = "2").
        final boolean number = toml.contains(key) && toml.isLong(key);
        if (number) {
            readKeys.add(key);
        }
        final String value = number ? Long.toString(toml.getLong(key)) : getString(key, defaultValue);
        for (final String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        throw error(key, "must be one of " + String.join(", ", allowed) + ", was \"" + value + "\"");
    }

    /**
     * Reads a decimal number written either as a TOML number or as a string (prices are best
     * written as strings, {@code "101.25"}, so no binary floating point is involved).
     *
     * @param key a dotted key
     * @param defaultValue the text used when the key is absent
     * @return the decimal text, for a fixed-point parser
     * @throws ConfigException when the value is neither a number nor a string
     */
    public String getDecimalText(final String key, final String defaultValue) {
        readKeys.add(key);
        if (!toml.contains(key)) {
            return defaultValue;
        }
        if (toml.isString(key)) {
            return toml.getString(key);
        }
        if (toml.isLong(key)) {
            return Long.toString(toml.getLong(key));
        }
        if (toml.isDouble(key)) {
            final double value = toml.getDouble(key);
            if (!Double.isFinite(value)) {
                throw error(key, "must be a finite decimal number, was " + value);
            }
            // Double.toString is exact for what the file wrote when it has <= 15 significant digits.
            return java.math.BigDecimal.valueOf(value).toPlainString();
        }
        throw error(key, "must be a decimal number, was " + describe(key));
    }

    /**
     * Throws a {@link ConfigException} for a key of this file.
     *
     * @param key a dotted key
     * @param problem what is wrong
     * @return never returns; declared so callers can write {@code throw file.error(...)}
     */
    public ConfigException error(final String key, final String problem) {
        return new ConfigException(name, lineOf(key), key, problem);
    }

    /**
     * Fails on the first key of the file that no getter asked for.
     *
     * @throws ConfigException naming the unknown key and its line
     */
    public void rejectUnknownKeys() {
        // tomlj's key set is in table order, not line order: a stray [table] header moves the keys
        // below it, and the one to report is the first an operator meets reading down the file.
        String first = null;
        for (final String key : toml.dottedKeySet()) {
            if (!readKeys.contains(key) && (first == null || lineOf(key) < lineOf(first))) {
                first = key;
            }
        }
        if (first != null) {
            throw error(first, "unknown key (known keys: " + String.join(", ", readKeys) + ")");
        }
    }

    /** The 1-based line of a key, or {@link ConfigException#NO_LINE} when the file does not hold it. */
    int lineOf(final String key) {
        final TomlPosition position = toml.inputPositionOf(key);
        return position == null ? ConfigException.NO_LINE : position.line();
    }

    private String describe(final String key) {
        final Object value = toml.get(key);
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
