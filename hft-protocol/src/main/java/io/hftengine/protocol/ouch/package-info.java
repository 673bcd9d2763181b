/**
 * NASDAQ OUCH 4.2: flyweights for the inbound Enter, Replace, Cancel and Modify Order messages and
 * for every outbound message (System Event, Accepted, Replaced, Canceled, AIQ Canceled, Executed,
 * Executed with Reference Price, Trade Correction, Price Correction, Broken Trade, Rejected, Cancel
 * Pending, Cancel Reject, Order Priority Update, Order Modified), with one decoder and listener per
 * direction. Coded fields (reasons, flags) are handed out as their raw ASCII byte.
 */
package io.hftengine.protocol.ouch;
