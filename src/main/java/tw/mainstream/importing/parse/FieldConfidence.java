package tw.mainstream.importing.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How sure the parser is of a header value read from its label, from 0 to 1; a value below
 * {@link #THRESHOLD} is marked 待確認 for the reviewer. A person's name with a title is short and has no
 * sentence punctuation or digits; a place is a short phrase. Longer values usually took in text that
 * followed the label on the same line.
 */
final class FieldConfidence {
    static final double THRESHOLD = 0.7;
    private static final Pattern SENTENCE = Pattern.compile("[。：:；;！？!?]");
    private static final Pattern DIGITS = Pattern.compile("\\d");

    private FieldConfidence() {
    }

    /** The fields among place, chair and recorder whose values are doubtful. */
    static List<String> doubtful(String place, String chair, String recorder) {
        List<String> out = new ArrayList<>();
        if (place != null && place(place) < THRESHOLD) {
            out.add("place");
        }
        if (chair != null && person(chair) < THRESHOLD) {
            out.add("chair");
        }
        if (recorder != null && person(recorder) < THRESHOLD) {
            out.add("recorder");
        }
        return out;
    }

    static double person(String value) {
        double c = 1;
        if (value.length() > 20) {
            c -= 0.4;
        }
        if (SENTENCE.matcher(value).find()) {
            c -= 0.4;
        }
        if (DIGITS.matcher(value).find()) {
            c -= 0.3;
        }
        return Math.max(c, 0);
    }

    static double place(String value) {
        double c = 1;
        if (value.length() > 50) {
            c -= 0.4;
        }
        if (SENTENCE.matcher(value.replaceAll("[。.]$", "")).find()) {
            c -= 0.4;
        }
        return Math.max(c, 0);
    }
}
