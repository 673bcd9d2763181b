/**
 * The order gateway: OUCH 4.2 serialised in place, sent over UDP, a SoupBinTCP session or to an
 * in-process simulated exchange; venue replies decoded into execution reports.
 */
package io.hftengine.pipeline.gateway;
