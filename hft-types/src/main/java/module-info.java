/**
 * Fixed-point prices and quantities, timestamps, sides and symbol ids on primitive longs.
 */
module io.hftengine.types {
    exports io.hftengine.types;
}
