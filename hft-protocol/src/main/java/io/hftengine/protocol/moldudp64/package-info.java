/**
 * MoldUDP64 1.00: downstream packets (messages, heartbeats, end of session) and retransmission
 * requests, decoded in place and encoded in place.
 */
package io.hftengine.protocol.moldudp64;
