/**
 * The reference engine: the four-stage pipeline as a program, with config, simulators, monitor
 * and reports. It exports nothing: it is an application, run with {@code java -jar} or
 * {@code ./hft}.
 */
module io.hftengine.engine {
    requires io.hftengine.pipeline;
    // the in-process feed hands packets to the market data stage over an SpscEventRing (InProcessFeed)
    requires io.hftengine.spsc;
    // the exchange simulator keeps its own book of the feed to fill against
    requires io.hftengine.orderbook;
    requires io.hftengine.protocol;
    requires io.hftengine.types;
    requires io.hftengine.replay;
    requires org.agrona;
    requires io.hftengine.metrics;
    requires HdrHistogram;
    requires java.management;
    // com.sun.management.ThreadMXBean: bytes allocated per pipeline thread, for the report.
    requires jdk.management;
    requires org.tomlj;
    requires info.picocli;
    requires io.hftengine.affinity;
    // async-profiler ships no module-info: its automatic name comes from the jar file name.
    requires async.profiler;

    // picocli fills command fields reflectively.
    opens io.hftengine.engine to info.picocli;
    opens io.hftengine.engine.cli to info.picocli;
    opens io.hftengine.engine.doctor to info.picocli;
    opens io.hftengine.engine.profile to info.picocli;
}
