/**
 * Fixed-depth L2 books and the order-by-order book that feeds them.
 */
module io.hftengine.orderbook {
    requires transitive io.hftengine.types;

}
