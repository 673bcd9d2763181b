/**
 * NASDAQ OUCH 4.2: flyweights for the inbound Enter, Replace and Cancel Order messages and for the
 * outbound System Event, Accepted, Replaced, Canceled, Executed and Rejected messages, with one
 * decoder and listener per direction.
 */
package io.hftengine.protocol.ouch;
