/**
 * Will hold the padded SPSC ring (issue: hft-spsc).
 */
package io.hftengine.spsc;
