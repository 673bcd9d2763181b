package io.hftengine.replay;

import io.hftengine.replay.pcap.PacketHandler;
import java.io.IOException;

/**
 * Something playback can read recorded datagrams from, in recorded order: a pcap or pcapng
 * capture ({@link PcapReplaySource}), or another recorded format adapted to the same callback.
 */
public interface ReplaySource extends AutoCloseable {
    /**
     * Delivers up to {@code maxRecords} recorded records to the handler.
     *
     * @param handler    receives each datagram with its recorded time
     * @param maxRecords most records to read, at least 1
     * @return records read (delivered or skipped); 0 once the source is exhausted
     */
    int poll(PacketHandler handler, int maxRecords);

    /**
     * Returns whether every record has been read.
     *
     * @return true once {@link #poll} can deliver nothing more
     */
    boolean isExhausted();

    /**
     * Returns how far through its file the source has read, for a progress display: approximate,
     * and safe to call from a thread other than the reading one (it may see a slightly stale value).
     *
     * @return 0 to 1, or {@link Double#NaN} when the source cannot tell
     */
    default double progress() {
        return Double.NaN;
    }

    /**
     * Hands over what the file held that could not be played, by a counter name in snake case
     * ({@code capture_skipped_not_udp}, {@code binaryfile_truncated_message}, ...), only the
     * counters above zero, so that a report shows every record left out and why; a source that
     * stopped before the end of its file may add where it stopped, as a byte offset (which can be
     * 0: a name ending {@code _from_byte}). Slow path: call it once the source is read.
     *
     * @param counter receives each name and count
     */
    default void inputErrors(final java.util.function.ObjLongConsumer<String> counter) {
        // a source that drops nothing has nothing to say
    }

    /**
     * Releases the file or mapping behind the source.
     *
     * @throws IOException if releasing fails
     */
    @Override
    void close() throws IOException;
}
