package io.hftengine.engine.run;

import java.nio.file.Path;

import io.hftengine.engine.config.EngineConfig;

/**
 * How one engine session runs.
 *
 * @param kind demo, run, replay or bench
 * @param config the validated configuration
 * @param layout the thread layout: {@code auto}, {@code 1}, {@code 2} or {@code 4}
 * @param warmupSeconds seconds run before measuring (latency, GC)
 * @param seconds seconds measured after warm-up (replay: ignored, it runs to the end of the input)
 * @param json where to write the JSON summary, or null
 * @param outputDir where the {@code .hlog} and the percentile plot go, or null for none
 * @param input the recording or BinaryFILE to replay, or null
 * @param speed replay pace: 0 for as fast as possible, 1 recorded, N times otherwise
 * @param rate bench and demo feed rate, messages per second
 * @param symbols bench and demo feed symbols
 * @param seed bench and demo feed seed
 * @param faults demo only: make the feed drop and duplicate packets now and then
 * @param metricsFile the shared-memory metrics file for {@code hft monitor}, or null for none
 * @param bookFills demo only: the exchange simulator fills against its own book of the feed
 *        (mirrored to it) instead of half of each order at its limit
 * @param feedPort replay of a capture only: the UDP destination port of the feed to play, 0 for every
 *        datagram (a capture of one feed); datagrams to other ports are skipped and counted
 */
public record SessionOptions(Kind kind, EngineConfig config, String layout, double warmupSeconds, double seconds,
        Path json, Path outputDir, Path input, double speed, long rate, int symbols, long seed, boolean faults,
        Path metricsFile, boolean bookFills, int feedPort) {

    /**
     * Options of every datagram of a capture (no feed port chosen).
     *
     * @param kind which command
     * @param config the loaded or embedded config
     * @param layout the layout option
     * @param warmupSeconds seconds before measuring
     * @param seconds seconds measured
     * @param json where the JSON summary goes, or null
     * @param outputDir directory for the .hlog and plot
     * @param input replay only: the recording
     * @param speed replay only: playback speed
     * @param rate bench and demo feed rate
     * @param symbols bench and demo feed symbols
     * @param seed bench and demo feed seed
     * @param faults demo only: drop and duplicate feed packets now and then
     * @param metricsFile the shared-memory metrics file, or null for none
     * @param bookFills demo only: the exchange simulator fills against its own book of the feed
     */
    public SessionOptions(final Kind kind, final EngineConfig config, final String layout, final double warmupSeconds,
            final double seconds, final Path json, final Path outputDir, final Path input, final double speed,
            final long rate, final int symbols, final long seed, final boolean faults, final Path metricsFile,
            final boolean bookFills) {
        this(kind, config, layout, warmupSeconds, seconds, json, outputDir, input, speed, rate, symbols, seed, faults,
                metricsFile, bookFills, 0);
    }

    /**
     * Options with the exchange simulator filling at its fixed ratio.
     *
     * @param kind which command
     * @param config the loaded or embedded config
     * @param layout the layout option
     * @param warmupSeconds seconds before measuring
     * @param seconds seconds measured
     * @param json where the JSON summary goes, or null
     * @param outputDir directory for the .hlog and plot
     * @param input replay only: the recording
     * @param speed replay only: playback speed
     * @param rate bench and demo feed rate
     * @param symbols bench and demo feed symbols
     * @param seed bench and demo feed seed
     * @param faults demo only: drop and duplicate feed packets now and then
     * @param metricsFile the shared-memory metrics file, or null for none
     */
    public SessionOptions(final Kind kind, final EngineConfig config, final String layout, final double warmupSeconds,
            final double seconds, final Path json, final Path outputDir, final Path input, final double speed,
            final long rate, final int symbols, final long seed, final boolean faults, final Path metricsFile) {
        this(kind, config, layout, warmupSeconds, seconds, json, outputDir, input, speed, rate, symbols, seed, faults,
                metricsFile, false, 0);
    }

    /**
     * The same options, replaying only the datagrams sent to one UDP port of a capture.
     *
     * @param port the feed's destination port, 1 to 65535, or 0 for every datagram
     * @return the options with {@code feedPort} set
     */
    public SessionOptions withFeedPort(final int port) {
        return new SessionOptions(kind, config, layout, warmupSeconds, seconds, json, outputDir, input, speed, rate,
                symbols, seed, faults, metricsFile, bookFills, port);
    }

    /** The four commands that run the pipeline. */
    public enum Kind {
        /** Feed simulator, exchange simulator and the pipeline, in one process on loopback. */
        DEMO,
        /** The live engine against a real (or separately simulated) feed and venue. */
        RUN,
        /** A recording or BinaryFILE through the pipeline, deterministically. */
        REPLAY,
        /** The in-process latency benchmark at a fixed load. */
        BENCH
    }
}
