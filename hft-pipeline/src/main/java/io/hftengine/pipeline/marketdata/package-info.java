/**
 * The market data stage: datagrams from UDP or an injected source, MoldUDP64 sequencing with
 * gap recovery, ITCH 5.0 decoded straight into the order book, and market events on a change of
 * the top of book or a trade.
 */
package io.hftengine.pipeline.marketdata;
