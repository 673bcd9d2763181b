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
    // Not used by our code: OpenHFT Affinity logs through SLF4J, and requiring it here puts
    // slf4j-api on the module path next to it (with its provider lookup) rather than the class path.
    requires org.slf4j;

    exports io.hftengine.affinity;
}
