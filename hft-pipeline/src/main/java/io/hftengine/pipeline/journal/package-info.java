/**
 * The drop-copy journal: a memory-mapped, length-prefixed record file of every OUCH message the
 * gateway sent and received, written in batches by its own thread, and its reader.
 */
package io.hftengine.pipeline.journal;
