/**
 * Restart during the trading day: risk's open orders, positions and recent fills, and the
 * strategy's view of them, rebuilt from the drop-copy journal before trading starts.
 */
package io.hftengine.pipeline.recovery;
