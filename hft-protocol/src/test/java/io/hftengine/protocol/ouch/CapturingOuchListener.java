package io.hftengine.protocol.ouch;

/**
 * Test listener that remembers the last message, the method it came through, and how many calls.
 */
final class CapturingOuchListener implements OuchInboundListener, OuchOutboundListener
{
    Object last;
    String lastMethod;
    int calls;

    private void record(final String method, final Object message)
    {
        last = message;
        lastMethod = method;
        calls++;
    }

    @Override
    public void onEnterOrder(final EnterOrderMessage message)
    {
        record("onEnterOrder", message);
    }

    @Override
    public void onReplaceOrder(final ReplaceOrderMessage message)
    {
        record("onReplaceOrder", message);
    }

    @Override
    public void onCancelOrder(final CancelOrderMessage message)
    {
        record("onCancelOrder", message);
    }

    @Override
    public void onSystemEvent(final OuchSystemEventMessage message)
    {
        record("onSystemEvent", message);
    }

    @Override
    public void onAccepted(final AcceptedMessage message)
    {
        record("onAccepted", message);
    }

    @Override
    public void onReplaced(final ReplacedMessage message)
    {
        record("onReplaced", message);
    }

    @Override
    public void onCanceled(final CanceledMessage message)
    {
        record("onCanceled", message);
    }

    @Override
    public void onExecuted(final ExecutedMessage message)
    {
        record("onExecuted", message);
    }

    @Override
    public void onRejected(final RejectedMessage message)
    {
        record("onRejected", message);
    }

    @Override
    public void onExecutedWithReferencePrice(final ExecutedWithReferencePriceMessage message)
    {
        record("onExecutedWithReferencePrice", message);
    }

    @Override
    public void onTradeCorrection(final TradeCorrectionMessage message)
    {
        record("onTradeCorrection", message);
    }

    @Override
    public void onPriceCorrection(final PriceCorrectionMessage message)
    {
        record("onPriceCorrection", message);
    }
}
