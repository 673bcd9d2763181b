package io.hftengine.pipeline.journal;

import org.agrona.DirectBuffer;

/** Receives journal records from a {@link JournalReader}. */
@FunctionalInterface
public interface JournalRecordHandler {
    /**
     * One record; the buffer is valid only during the call.
     *
     * @param direction {@link JournalDescriptor#OUTBOUND} or {@link JournalDescriptor#INBOUND}
     * @param timeNs clock time, epoch ns
     * @param orderId client order id
     * @param sequence outbound, the feed (MoldUDP64) sequence number of the message that caused
     *     it; inbound, the venue's sequence number of the reply (see {@link JournalDescriptor});
     *     0 for none
     * @param buffer holds the OUCH message
     * @param offset its start
     * @param length its length
     */
    void onRecord(byte direction, long timeNs, long orderId, long sequence, DirectBuffer buffer, int offset,
                  int length);
}
