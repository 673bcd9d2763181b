package io.hftengine.pipeline.journal;

import java.nio.file.Path;

/**
 * Where an existing journal's records end, for a writer that goes on after them.
 *
 * @param position the byte offset just after the last complete record (8-byte aligned)
 * @param records complete records in the file
 * @param highestOrderId the largest client order id any record carries, 0 for none
 * @param lastVenueSequence the venue's sequence number of the last reply journaled (a SoupBinTCP
 *     session resumes after it), 0 for none or for a journal written before replies carried it
 * @param venueSession the name of the last venue session journaled (a SoupBinTCP session resumes
 *     only that one), empty for none
 * @param firstTimeNs the clock time of the first record (the journal's trading day), 0 for none
 */
public record JournalEnd(long position, long records, long highestOrderId, long lastVenueSequence,
                         String venueSession, long firstTimeNs) {
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
        final long[] found = {0, 0, 0}; // highest order id, highest venue sequence, first time
        final String[] session = {""};
        final long records = reader.read(path, (direction, timeNs, orderId, sequence, buffer, offset, length) -> {
            found[0] = Math.max(found[0], orderId);
            if (found[2] == 0) {
                found[2] = timeNs;
            }
            if (direction == JournalDescriptor.INBOUND && reader.locate() != JournalReader.NO_LOCATE) {
                found[1] = Math.max(found[1], sequence);
            } else if (direction == JournalDescriptor.SESSION) {
                session[0] = buffer.getStringWithoutLengthAscii(offset, length).strip();
            }
        });
        if (reader.truncatedTail()) {
            throw new IllegalArgumentException("journal " + path + " is corrupt after record " + records
                + " (a record length no writer makes, or records after a stretch of zeros): not continued; move it aside");
        }
        return new JournalEnd(reader.endPosition(), records, found[0], found[1], session[0], found[2]);
    }
}
