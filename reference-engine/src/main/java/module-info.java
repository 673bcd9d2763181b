/**
 * The reference engine: the four-stage pipeline as a program, with config, simulators, monitor
 * and reports. It exports nothing: it is an application, run with {@code java -jar} or
 * {@code ./hft}.
 */
module io.hftengine.engine {
    requires io.hftengine.pipeline;
    requires io.hftengine.protocol;
    requires io.hftengine.types;
    requires org.agrona;
    requires org.tomlj;
    requires info.picocli;

    // picocli fills command fields reflectively.
    opens io.hftengine.engine to info.picocli;
    opens io.hftengine.engine.cli to info.picocli;
}
