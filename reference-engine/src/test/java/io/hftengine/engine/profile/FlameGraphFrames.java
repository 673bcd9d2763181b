package io.hftengine.engine.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame names of an async-profiler flame graph HTML. The page stores them prefix-compressed
 * (each entry's first char says how many chars it shares with the previous one, offset by 32), so
 * a plain text search can miss a class name; this decodes them as the page's own unpack() does.
 */
final class FlameGraphFrames {
    private FlameGraphFrames() {
    }

    static List<String> read(final Path html) throws IOException {
        final List<String> frames = new ArrayList<>();
        boolean inPool = false;
        for (final String line : Files.readAllLines(html)) {
            if (line.contains("cpool = [")) {
                inPool = true;
                continue;
            }
            if (inPool && line.startsWith("]")) {
                break;
            }
            if (inPool && line.startsWith("'")) {
                final String packed = unquote(line.substring(1, line.lastIndexOf('\'')));
                if (frames.isEmpty()) {
                    frames.add(packed);
                } else {
                    final String previous = frames.get(frames.size() - 1);
                    final int shared = packed.charAt(0) - 32;
                    frames.add(previous.substring(0, Math.min(shared, previous.length())) + packed.substring(1));
                }
            }
        }
        return frames;
    }

    private static String unquote(final String s) {
        final StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                out.append(s.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
