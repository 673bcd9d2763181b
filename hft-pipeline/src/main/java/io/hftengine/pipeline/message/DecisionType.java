package io.hftengine.pipeline.message;

/** What the gateway must do with a {@link RiskDecision}. */
public enum DecisionType {
    /** Send an Enter Order for the embedded {@link Order}. */
    ENTER,
    /** Send a Cancel Order for the embedded order id (its quantity is the shares to leave, 0). */
    CANCEL
}
