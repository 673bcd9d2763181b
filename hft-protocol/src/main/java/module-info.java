/**
 * NASDAQ ITCH 5.0, MoldUDP64, OUCH 4.2 and SoupBinTCP codecs as zero-copy flyweights, and a reader
 * of BinaryFILE captures of any size.
 */
// hft-replay is built after this module, so javac cannot see the qualified export's target yet.
@SuppressWarnings("module")
module io.hftengine.protocol {
    // No hft-types: the codecs carry raw wire values (see io.hftengine.protocol.itch); converting
    // them is the caller's business, so this API exposes only Agrona's buffers.
    requires transitive org.agrona;

    exports io.hftengine.protocol;
    exports io.hftengine.protocol.itch;
    exports io.hftengine.protocol.ouch;
    exports io.hftengine.protocol.binaryfile;
    exports io.hftengine.protocol.moldudp64;
    exports io.hftengine.protocol.soupbintcp;
    exports io.hftengine.protocol.tools;
    // the gzip window, shared with the capture reader; not API
    exports io.hftengine.protocol.internal to io.hftengine.replay;
}
