/**
 * The drop-copy journal: a memory-mapped, length-prefixed record file of every OUCH message the
 * gateway sent and received, written in batches by its own thread, and its reader; an existing
 * journal is continued after its last complete record ({@link JournalEnd}: where it ends and the
 * highest order id in it).
 */
package io.hftengine.pipeline.journal;
