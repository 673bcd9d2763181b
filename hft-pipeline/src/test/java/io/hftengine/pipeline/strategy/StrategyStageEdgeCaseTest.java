package io.hftengine.pipeline.strategy;

import io.hftengine.metrics.NanoTicker;
import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.message.MarketEventType;
import io.hftengine.pipeline.message.SignalEvent;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The strategy stage around a strategy callback that throws. */
class StrategyStageEdgeCaseTest {
    private static final long T0 = 1_700_000_000_000_000_000L;

    private final PipeRing<MarketEvent> marketEvents = new PipeRing<>("md", 8, MarketEvent::new);
    private final PipeRing<ExecutionReport> reports = new PipeRing<>("reports", 8, ExecutionReport::new);
    private final PipeRing<SignalEvent> signals = new PipeRing<>("signals", 8, SignalEvent::new);

    /** Enters an order on every event; throws after entering on the first. */
    static final class EntersThenThrows extends QuietStrategy {
        int events;

        @Override
        public void onMarketEvent(final MarketEvent event, final SignalSink sink) {
            events++;
            sink.enter(Side.BUY, event.symbolId(), Price.ONE, 100);
            if (events == 1) {
                throw new IllegalStateException("after entering");
            }
        }
    }

    private void publishBook(final int symbol, final long timeNs) {
        final long seq = marketEvents.tryClaim();
        marketEvents.event(seq).book(MarketEventType.TICK, symbol, timeNs, false);
        marketEvents.event(seq).feedSequence(symbol);
        marketEvents.publish(seq);
    }

    private List<String> drainSignals() {
        final List<String> out = new ArrayList<>();
        signals.poll((s, seq, end) -> out.add("id=" + s.orderId() + " sym=" + s.symbolId() + " t=" + s.timeNs()
            + " feed=" + s.feedSequence()), 8);
        return out;
    }

    @Test
    void signalsOfACallbackThatThrowsAreQueuedWithThatCallbackNotWithALaterOne() {
        final StrategyStage stage = new StrategyStage(new EntersThenThrows(), marketEvents, reports, signals,
            new MutableClock(T0), NanoTicker.INSTANCE, new KillSwitch(), 1, null);
        publishBook(1, T0 + 1);
        assertThrows(IllegalStateException.class, stage::doWork);
        // The order was entered (its id handed to the strategy) before the throw: it goes out
        // now, as the callback's batch, not stuck in a claimed slot until some later callback.
        assertEquals(List.of("id=1 sym=1 t=" + (T0 + 1) + " feed=1"), drainSignals());
        publishBook(2, T0 + 2);
        stage.doWork();
        assertEquals(List.of("id=2 sym=2 t=" + (T0 + 2) + " feed=2"), drainSignals(),
            "the next callback publishes its own signal only");
    }
}
