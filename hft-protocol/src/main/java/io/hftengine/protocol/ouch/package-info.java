/**
 * NASDAQ OUCH 4.2: flyweights for the inbound Enter, Replace, Cancel and Modify Order messages and
 * for every outbound message (System Event, Accepted, Replaced, Canceled, AIQ Canceled, Executed,
 * Executed with Reference Price, Trade Correction, Price Correction, Broken Trade, Rejected, Cancel
 * Pending, Cancel Reject, Order Priority Update, Order Modified), with one decoder and listener per
 * direction. Coded fields (reasons, flags) are handed out as their raw ASCII byte. The replies
 * about one order share their head through {@link OrderTokenReply}, and the three that report an
 * execution (Executed, Executed with Reference Price, Trade Correction) their execution fields
 * through {@link ExecutionReply}.
 */
package io.hftengine.protocol.ouch;
