/**
 * Assembly of the trading pipeline: {@link io.hftengine.pipeline.PipelineBuilder} wires the
 * market data, strategy, risk and gateway stages over SPSC rings ({@link io.hftengine.pipeline.PipeRing})
 * into a {@link io.hftengine.pipeline.Pipeline} that runs on 4, 2 or 1 threads, or on the caller's
 * thread; {@link io.hftengine.pipeline.Quiescence} is the replay-mode handshake that makes the
 * order stream identical in every layout.
 *
 * <p>Ring topology (each arrow one SPSC ring, one producer and one consumer thread):
 * <pre>
 *  market data --market events--&gt; strategy --signals--&gt; risk --decisions--&gt; gateway --&gt; venue
 *                                     ^                   |  ^                    |
 *                                     +--risk reports-----+  +---venue reports----+
 *                                                                                  gateway --&gt; journal
 * </pre>
 */
package io.hftengine.pipeline;
