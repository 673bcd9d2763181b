package io.hftengine.pipeline.recovery;

/**
 * What {@link JournalRecovery} rebuilt from a journal.
 *
 * @param records journal records read
 * @param ordersRestored Enter Orders put back into risk
 * @param openOrders of those, still working at the venue (risk holds them open)
 * @param fills venue fills applied to positions (repeats not counted)
 * @param symbolsWithPosition symbols whose position is not flat
 * @param lastVenueSequence the venue's number of the last reply journaled (a SoupBinTCP session
 *     resumes after it), 0 when the venue numbers none
 * @param killSwitchReason why the day's replies tripped the kill switch again (an orphan fill, a
 *     trade correction, a fill beyond a limit), or {@code null} when they did not
 */
public record RecoveredDay(long records, long ordersRestored, long openOrders, long fills, long symbolsWithPosition,
                           long lastVenueSequence, String killSwitchReason) {
}
