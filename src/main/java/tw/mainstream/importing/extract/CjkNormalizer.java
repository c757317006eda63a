package tw.mainstream.importing.extract;

import java.text.Normalizer;
import java.util.Map;

/**
 * Replaces look-alike code points that PDF text layers often carry with the ordinary ideographs: Kangxi
 * radicals (⼯ U+2F2F → 工), CJK radicals supplement (⺠ U+2EA0 → 民, ⻑ U+2ED1 → 長) and CJK compatibility
 * ideographs (U+F900–U+FAFF). Everything else, full-width punctuation included, is kept as printed.
 */
public final class CjkNormalizer {
    private static final Map<Character, Character> SUPPLEMENT = Map.ofEntries(
            Map.entry('\u2E8C', '小'), Map.entry('\u2E9C', '日'), Map.entry('\u2E9D', '月'), Map.entry('\u2E9F', '母'),
            Map.entry('\u2EA0', '民'), Map.entry('\u2EA7', '牛'), Map.entry('\u2EA9', '王'), Map.entry('\u2EAC', '示'),
            Map.entry('\u2EAE', '竹'), Map.entry('\u2EB6', '羊'), Map.entry('\u2EBB', '聿'), Map.entry('\u2EBC', '月'),
            Map.entry('\u2EC1', '虎'), Map.entry('\u2EC4', '西'), Map.entry('\u2EC6', '角'), Map.entry('\u2ECA', '足'),
            Map.entry('\u2ED1', '長'), Map.entry('\u2ED7', '雨'), Map.entry('\u2ED8', '青'), Map.entry('\u2EDD', '食'),
            Map.entry('\u2EE3', '骨'), Map.entry('\u2EE4', '鬼'), Map.entry('\u2EE9', '黃'), Map.entry('\u2EF1', '龜'));

    private CjkNormalizer() {
    }

    public static String normalize(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement = replacement(c);
            if (replacement != c) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, replacement);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static char replacement(char c) {
        if ((c >= '\u2F00' && c <= '\u2FD5') || (c >= '\uF900' && c <= '\uFAFF')) {
            String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            return n.length() == 1 ? n.charAt(0) : c;
        }
        if (c >= '\u2E80' && c <= '\u2EFF') {
            return SUPPLEMENT.getOrDefault(c, c);
        }
        return c;
    }
}
