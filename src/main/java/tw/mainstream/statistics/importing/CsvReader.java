package tw.mainstream.statistics.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Taiwanese government files come: UTF-8 with or without BOM, or Big5 (read as its
 * Microsoft superset x-windows-950). Bytes valid in neither are kept as U+FFFD so that the problem
 * report can point at the rows that hold them.
 */
public final class CsvReader {

    public static final char REPLACEMENT = '\uFFFD';
    private static final Charset BIG5 = Charset.forName("x-windows-950");

    private CsvReader() {
    }

    /** The decoded text and the name of the character set it was read with. */
    public record Decoded(String text, String charset) {
    }

    public static Decoded decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, buffer.duplicate()), start == 3 ? "UTF-8 (BOM)" : "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(strict(BIG5, buffer.duplicate()), "Big5");
            } catch (CharacterCodingException notBig5) {
                // neither: keep what can be read, the checker reports the damaged rows
                return new Decoded(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), "UTF-8");
            }
        }
    }

    private static String strict(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    }

    /** RFC 4180: comma separated, double quotes around cells holding commas, quotes or line breaks. */
    public static List<List<String>> parse(String text) {
        char separator = text.lines().findFirst().filter(l -> l.indexOf('\t') >= 0 && l.indexOf(',') < 0)
                .map(l -> '\t').orElse(',');
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
