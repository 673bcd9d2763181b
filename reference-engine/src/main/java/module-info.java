/**
 * The reference engine: the four-stage pipeline as a program, with config, simulators, monitor and reports.
 */
module io.hftengine.engine {
    requires io.hftengine.pipeline;

}
