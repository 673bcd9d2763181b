/**
 * Will hold CPU topology, pinning and thread layouts (issue: hft-affinity).
 */
package io.hftengine.affinity;
