package tw.mainstream.importing.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place, chair and time of a meeting reported in a sentence rather than in labelled fields, as a press
 * release of the meeting does: 「…會議於本(八十八)年十二月十四日上午九時，在本院議事廳舉行，由錢院長復親自主持。」
 * The patterns are data ({@code prose.PLACE}, {@code prose.CHAIR}); what is read here is marked for checking.
 */
final class ProseHeader {
    private static final Pattern PLACE = Pattern.compile(Rules.raw("prose.PLACE"));
    private static final Pattern CHAIR = Pattern.compile(Rules.raw("prose.CHAIR"));
    private static final Pattern HAN_SPACE = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");
    /** A time rather than a place: 於 9 月舉行. */
    private static final Pattern WHEN = Pattern.compile("[\\d一二三四五六七八九十]\\s*[年月日時點]|[上下]午|星期|週");
    /** How many lines from the start are searched, at most up to the end of the header. */
    private static final int SEARCHED = 12;

    private ProseHeader() {
    }

    record Found(LocalDate date, LocalTime start, String place, String chair) {
    }

    /** The first sentence among the first lines that says where the meeting was held or who chaired it. */
    static Optional<Found> find(List<Line> lines) {
        for (int i = 0; i < Math.min(SEARCHED, lines.size()); i++) {
            if (lines.get(i).marked()) {
                continue;
            }
            String text = Rules.traditionalForm(lines.get(i).text());
            Matcher place = PLACE.matcher(text);
            Matcher chair = CHAIR.matcher(text);
            boolean hasPlace = place.find() && !WHEN.matcher(place.group(1)).find();
            boolean hasChair = chair.find();
            if (!hasPlace && !hasChair) {
                continue;
            }
            String arabic = RocDateParser.arabic(text);
            Optional<RocDateParser.ParsedDate> date = RocDateParser.parseDate(arabic);
            RocDateParser.TimeRange range = RocDateParser.parseRange(date.isPresent()
                    ? arabic.substring(Math.min(date.get().end(), arabic.length())) : arabic);
            LocalTime start = range.start() == null ? null : range.start().time();
            return Optional.of(new Found(date.map(RocDateParser.ParsedDate::date).orElse(null), start,
                    hasPlace ? tidy(place.group(1)) : null, hasChair ? tidy(chair.group(1)) : null));
        }
        return Optional.empty();
    }

    /** Fields the labels did not give, read from a sentence that reports the meeting (在…舉行，由…主持). */
    static HeaderParser.Header withProse(HeaderParser.Header h, List<Line> lines) {
        var prose = find(lines.subList(0, Math.min(lines.size(), h.bodyStart() + 1)));
        if (prose.isEmpty()) {
            return h;
        }
        Found p = prose.get();
        List<String> uncertain = new ArrayList<>(h.uncertain());
        String place = h.place() != null ? h.place() : p.place();
        String chair = h.chair() != null ? h.chair() : p.chair();
        boolean sameDay = h.date() == null || p.date() == null || h.date().equals(p.date());
        LocalTime start = h.start() != null ? h.start() : sameDay ? p.start() : null;
        LocalDate date = h.date() != null ? h.date() : p.date();
        for (var read : List.of(Map.entry("place", h.place() == null && place != null),
                Map.entry("chair", h.chair() == null && chair != null),
                Map.entry("startTime", h.start() == null && start != null),
                Map.entry("date", h.date() == null && date != null))) {
            if (read.getValue() && !uncertain.contains(read.getKey())) {
                uncertain.add(read.getKey());
            }
        }
        return new HeaderParser.Header(h.title(), h.agency(), h.year(), h.sequence(), date, start, h.end(), place,
                chair, h.recorder(), h.attendance(), uncertain, h.bodyStart(), h.numbering(), h.lastNumber());
    }

    private static String tidy(String value) {
        return HAN_SPACE.matcher(value.strip()).replaceAll("");
    }
}
