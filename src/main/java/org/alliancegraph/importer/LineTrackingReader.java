package org.alliancegraph.importer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Hands a file's characters to the CSV parser while noting where each physical line starts, so a
 * record's character position gives the line an editor shows (blank lines and multi-line cells
 * included), and a decoding failure the line it happened on. A byte order mark at the start is
 * dropped: spreadsheet programs write one, and it would make the first column's name unknown.
 */
final class LineTrackingReader extends FilterReader {

    /** Lines not yet passed by the parser: {start position, 1 when the line is empty}. */
    private final ArrayDeque<long[]> lines = new ArrayDeque<>();
    private long position;
    private long firstLine = 1;
    private long newlines;
    private boolean lineHasText;
    private boolean started;

    LineTrackingReader(Reader in) {
        super(in);
        lines.add(new long[] {0, 0});
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0 && !started) {
            started = true;
            if (buffer[offset] == '\uFEFF') {
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                n--;
                if (n == 0) {
                    return read(buffer, offset, length);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            char c = buffer[offset + i];
            if (c == '\n') {
                lines.getLast()[1] = lineHasText ? 0 : 1;
                newlines++;
                lines.add(new long[] {position + i + 1, 0});
                lineHasText = false;
            } else if (c != '\r') {
                lineHasText = true;
            }
        }
        if (n > 0) {
            position += n;
        }
        return n;
    }

    /**
     * The physical line (1 = the first) of the record starting at {@code characterPosition}, past the
     * empty lines the parser skipped before it. Positions must come in order: earlier lines are forgotten.
     */
    long lineOf(long characterPosition) {
        while (lines.size() > 1) {
            var it = lines.iterator();
            it.next();
            if (it.next()[0] > characterPosition) {
                break;
            }
            lines.removeFirst();
            firstLine++;
        }
        // Skip the empty lines ahead of the record (the last line, still being read, is never skipped).
        long line = firstLine;
        var it = lines.iterator();
        while (it.hasNext()) {
            long[] l = it.next();
            if (l[1] == 1 && it.hasNext()) {
                line++;
            } else {
                break;
            }
        }
        return line;
    }

    /** The line being read when reading failed: the one after the last line break handed over. */
    long currentLine() {
        return newlines + 1;
    }
}
