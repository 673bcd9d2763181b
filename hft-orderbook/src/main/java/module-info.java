/**
 * Fixed-depth L2 books and the order-by-order book that feeds them.
 */
module io.hftengine.orderbook {
    requires transitive io.hftengine.types;
    // ItchBookAdapter implements the protocol's ItchListener in its public API.
    requires transitive io.hftengine.protocol;

    exports io.hftengine.orderbook;
    exports io.hftengine.orderbook.itch;
}
