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
 */
public record JournalEnd(long position, long records, long highestOrderId, long lastVenueSequence,
                         String venueSession) {
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
        final long[] highest = {0, 0}; // order id, venue sequence
        final StringBuilder session = new StringBuilder();
        final long records = reader.read(path, (direction, timeNs, orderId, sequence, buffer, offset, length) -> {
            highest[0] = Math.max(highest[0], orderId);
            if (direction == JournalDescriptor.INBOUND && reader.locate() != JournalReader.NO_LOCATE) {
                highest[1] = Math.max(highest[1], sequence);
            } else if (direction == JournalDescriptor.SESSION) {
                session.setLength(0);
                for (int i = 0; i < length; i++) {
                    session.append((char) (buffer.getByte(offset + i) & 0x7F));
                }
            }
        });
        if (reader.truncatedTail()) {
            throw new IllegalArgumentException("journal " + path + " is corrupt after record " + records
                + " (a record length no writer makes): not continued; move it aside");
        }
        return new JournalEnd(reader.endPosition(), records, highest[0], highest[1], session.toString().strip());
    }
}
