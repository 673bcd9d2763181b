/**
 * Will hold pcap recording, playback and the virtual clock (issue: hft-replay).
 */
package io.hftengine.replay;
