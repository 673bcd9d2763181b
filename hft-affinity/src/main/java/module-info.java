/**
 * CPU topology, thread pinning, thread layouts and idle strategies for pipeline stages.
 */
module io.hftengine.affinity {
    requires org.agrona;

}
