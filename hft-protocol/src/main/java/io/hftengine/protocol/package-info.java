/**
 * Will hold the exchange protocol codecs (issue: hft-protocol).
 */
package io.hftengine.protocol;
