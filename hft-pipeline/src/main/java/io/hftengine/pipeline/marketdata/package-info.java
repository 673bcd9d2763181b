/**
 * The market data stage: datagrams from UDP or an injected source, the two lines of an A/B feed
 * arbitrated into one sequencer ({@link ArbitratedPacketSource}), MoldUDP64 sequencing with
 * gap recovery, ITCH 5.0 decoded straight into the order book, and market events on a change of
 * the top of book (or, when asked, of any level of its view), a halt or resumption of trading
 * or a trade.
 */
package io.hftengine.pipeline.marketdata;
