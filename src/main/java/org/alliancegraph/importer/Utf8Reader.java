package org.alliancegraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses a bad byte, like the JDK's readers with a reporting decoder, but only
 * after handing over every character before it: the line count then stops at the bad byte's line,
 * which the import report names (the JDK's reader fails a whole buffer ahead of the parser).
 */
final class Utf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private CoderResult failure;
    private boolean eof;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (failure != null) {
                failure.throwException();
            }
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                failure = result;
            } else if (result.isUnderflow()) {
                if (eof) {
                    decoder.flush(out);
                    return out.position() == offset ? -1 : out.position() - offset;
                }
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            } else {
                break; // overflow: the caller's buffer is full
            }
        }
        return out.position() - offset;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
