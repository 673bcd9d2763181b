/**
 * Replay: a {@link io.hftengine.replay.VirtualClock} advanced by recorded time, a
 * {@link io.hftengine.replay.Pacer} that sets the playback speed, {@link io.hftengine.replay.Playback}
 * that ties a recording to the market data stage, {@link io.hftengine.replay.VirtualTimers}, and
 * {@link io.hftengine.replay.RecordingTap} for recording live.
 *
 * <h2>Deterministic replay: the design</h2>
 *
 * <p>Goal: given the same recording and configuration, the engine emits a byte-identical order
 * stream on every run, in every thread layout (one thread or one per stage) and at every
 * {@link io.hftengine.replay.PlaybackSpeed}. Thread scheduling and wall time are the only things
 * that differ between such runs, so neither may reach stage logic.
 *
 * <h3>1. What time is</h3>
 * <ul>
 *   <li>Time is the recorded receive time of each datagram (the pcap record's timestamp). Playback
 *       moves the market data stage's clock to it before delivering the datagram.</li>
 *   <li>Time travels with events: every event a stage emits carries the virtual time at which it
 *       was decided (a market event: its datagram's time; an order: the time of the market event
 *       or timer that caused it).</li>
 *   <li>Every stage owns its own {@code VirtualClock} and advances it to the time of the event
 *       it is about to process, never to "now". A stage on another thread therefore sees the time
 *       of its own input, not how far the market data thread has raced ahead. Clocks never go
 *       back; events with equal times keep stream order.</li>
 *   <li>Stages read time only through {@link io.hftengine.types.Clock}; live it is the system
 *       clock, in replay their virtual clock.</li>
 * </ul>
 *
 * <h3>2. How timers fire</h3>
 * <p>A stage's timers live in its own {@code VirtualTimers}. Before processing an event stamped
 * {@code T} the stage calls {@code advanceTo(T)}: every timer due at or before {@code T} fires
 * first, in (deadline, scheduling order), the clock showing each deadline, so whatever a timer
 * emits is stamped with its deadline. Live, a timer fires during silence at its wall time; in
 * replay it fires when the next event passes its deadline: the same outputs, the same stamps, the
 * same position in the stream. At the end of a recording the driver sends an end-of-stream
 * event with the last recorded time; later timers do not fire.
 *
 * <h3>3. How the simulated exchange answers</h3>
 * <ul>
 *   <li>It is a stage like any other: inputs are the gateway's orders (stamped) and its own copy
 *       of the recorded market data (the tape); it never looks at wall time.</li>
 *   <li>It answers in virtual time: a response to an order stamped {@code t} is stamped
 *       {@code t + L}; a fill of a resting order caused by a tape event stamped {@code τ} is
 *       stamped {@code τ + L}. {@code L >= 1 ns} is configured (any jitter comes from a PRNG seeded
 *       by configuration and keyed by order sequence, never shared).</li>
 *   <li>It answers in event order: it handles its inputs in (stamp, tape before orders, sequence)
 *       order and emits responses in (stamp, sequence) order.</li>
 *   <li>The strategy merges its two inputs, market events and responses (acks, fills, risk
 *       rejects), in (stamp, responses first, sequence) order. Across threads, two single-writer
 *       watermarks (longs written with release, read with acquire) make that merge exact:
 *     <ol>
 *       <li>Promise. Before taking its next market event stamped {@code T}, the strategy publishes
 *           {@code (T, ordersSent)}: it handles events in stamp order, so every order stamped
 *           {@code < T} has been sent.</li>
 *       <li>Exchange watermark {@code X}: "every response stamped {@code < X + L} is in the
 *           strategy's queue". The exchange publishes {@code X = min(next tape stamp, T)} after
 *           (a) downstream has resolved all {@code ordersSent} orders of the promise (risk rejected
 *           them or the exchange consumed them: two single-writer counters whose sum is compared),
 *           (b) it has handled every tape event and order stamped {@code < X}, and (c) it has
 *           enqueued their responses (before the release store of {@code X}).</li>
 *       <li>The strategy takes the market event stamped {@code T} once {@code X + L > T}, first
 *           draining every response stamped {@code <= T}. Because {@code L >= 1 ns}, the exchange
 *           can always reach {@code X = T}, so the two never wait on each other forever.</li>
 *     </ol>
 *       In one thread these conditions always hold already; in four threads they make the strategy
 *       wait, never reorder, so fills reach it at the same point of the stream in every layout.</li>
 * </ul>
 *
 * <h3>4. What stage logic must never do</h3>
 * <ul>
 *   <li>Read wall time ({@code System.nanoTime}, {@code currentTimeMillis}, {@code Instant.now},
 *       a system {@code Clock}) for a decision. Latency measurement uses a ticker (hft-metrics)
 *       whose values never feed back into decisions or output.</li>
 *   <li>Decide on queue state: "the queue is empty, so...", batch sizes, spin counts, back-pressure
 *       retries all differ between layouts. Only event content and virtual time may matter.</li>
 *   <li>Use unseeded or shared randomness, identity hash codes, or iteration order of hash maps
 *       keyed by objects without stable hashes.</li>
 *   <li>Derive ids from time or thread: order ids come from a per-stage counter.</li>
 *   <li>Drop an event because it is late: pacing lateness is reported by {@code Playback},
 *       never acted on.</li>
 * </ul>
 * <p>Pacing ({@code Pacer}) only changes when the market data stage receives a datagram, never its
 * content or stamp; with the rules above the order stream is the same at every speed.
 */
package io.hftengine.replay;
