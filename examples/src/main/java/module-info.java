/**
 * A user's application: it reads only what the toolkit exports. Agrona, an automatic module, is
 * not required here: hft-protocol's API hands out its buffers and {@code requires transitive} it,
 * so a user gets it with the codecs.
 */
module io.hftengine.examples.quickstart {
    requires io.hftengine.types;
    requires io.hftengine.spsc;
    requires io.hftengine.protocol;
    requires io.hftengine.orderbook;
}
