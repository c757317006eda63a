package tw.mainstream.statistics.importing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The sex code list of imported files: 男/男性/M, 女/女性/F and the totals 合計/總計/計. */
public enum SexCode {
    M, F, T;

    private static final Map<String, SexCode> CODES = Map.ofEntries(
            Map.entry("男", M), Map.entry("男性", M), Map.entry("M", M), Map.entry("MALE", M),
            Map.entry("女", F), Map.entry("女性", F), Map.entry("F", F), Map.entry("FEMALE", F),
            Map.entry("合計", T), Map.entry("總計", T), Map.entry("計", T), Map.entry("小計", T),
            Map.entry("TOTAL", T));

    public static Optional<SexCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().replace(" ", "").replace("　", "").toUpperCase(Locale.ROOT);
        return Optional.ofNullable(CODES.get(key));
    }
}
