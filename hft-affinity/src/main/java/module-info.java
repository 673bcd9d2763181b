/**
 * CPU topology, thread pinning, thread layouts and idle strategies for pipeline stages.
 *
 * <p>Exports the API package only; the OpenHFT Affinity binding lives in the unexported
 * {@code io.hftengine.affinity.internal}. Affinity's automatic module reads JNA and SLF4J, which
 * must be on the module path with it.
 */
module io.hftengine.affinity {
    requires transitive org.agrona;
    requires affinity;
    // Not used by our code (jdeps calls it unused), but needed: OpenHFT Affinity logs through
    // SLF4J, and org.slf4j is an explicit module, which an automatic module's reads do not
    // resolve. Without this, on the module path affinity's first LoggerFactory call throws
    // NoClassDefFoundError and pinning falls back to the no-op.
    requires org.slf4j;

    exports io.hftengine.affinity;
}
