package io.hftengine.pipeline.message;

/**
 * Risk to gateway: an approved action.
 *
 * <p>Only approvals travel to the gateway; a rejected signal never leaves the risk stage as a
 * decision but comes back to the strategy as an {@link ExecutionReport} of type
 * {@link ExecType#RISK_REJECTED} carrying its {@link RejectReason}, and is counted by reason.
 * That keeps the gateway's ring free of traffic it would only discard.
 */
public final class RiskDecision extends StampedEvent {
    private final Order order = new Order();
    private DecisionType type = DecisionType.ENTER;

    /** Creates an empty decision (ring pre-allocation). */
    public RiskDecision() {
    }

    /**
     * Sets the action; fill {@link #order()} in place as well.
     *
     * @param type enter or cancel
     * @return this
     */
    public RiskDecision type(final DecisionType type) {
        this.type = type;
        return this;
    }

    /**
     * Returns enter or cancel.
     *
     * @return enter or cancel
     */
    public DecisionType type() {
        return type;
    }

    /**
     * Returns the embedded order, filled in place.
     *
     * @return the embedded order, filled in place
     */
    public Order order() {
        return order;
    }

    @Override
    public String toString() {
        return "RiskDecision{" + type + " " + order + "}";
    }
}
