package io.hftengine.pipeline.journal;

import java.nio.file.Path;

/**
 * Where an existing journal's records end, for a writer that goes on after them.
 *
 * @param position the byte offset just after the last complete record (8-byte aligned)
 * @param records complete records in the file
 * @param highestOrderId the largest client order id any record carries, 0 for none
 */
public record JournalEnd(long position, long records, long highestOrderId) {
    /**
     * Reads a journal to its end (the first zero record length); a journal of any size can be
     * continued (see {@link JournalReader}).
     *
     * @param path an existing journal
     * @return where its records end
     * @throws IllegalArgumentException when the file is not a journal, or stops at a record no
     *         writer makes (corrupt: continuing it would bury the damage under new records)
     * @throws java.io.UncheckedIOException when it cannot be read
     */
    public static JournalEnd of(final Path path) {
        final JournalReader reader = new JournalReader();
        final long[] highestOrderId = {0};
        final long records = reader.read(path, (direction, timeNs, orderId, feedSequence, buffer, offset, length) ->
            highestOrderId[0] = Math.max(highestOrderId[0], orderId));
        if (reader.truncatedTail()) {
            throw new IllegalArgumentException("journal " + path + " is corrupt after record " + records
                + " (a record length no writer makes): not continued; move it aside");
        }
        return new JournalEnd(reader.endPosition(), records, highestOrderId[0]);
    }
}
