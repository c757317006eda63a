package tw.mainstream.importing.extract;

import java.util.HashMap;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import tw.mainstream.importing.parse.ChineseNumerals;

/**
 * Renders the automatic numbers of OpenDocument lists, which are not part of the paragraph text: the
 * list style's level gives the format (1, 一, 壹, a, A), prefix and suffix (（一）, 一、) and start value.
 * A new list restarts its numbers unless it continues the one before (text:continue-numbering,
 * text:continue-list).
 */
final class OdtListNumbering {
    static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final int LEVELS = 10;

    private final Map<String, Element> styles = new HashMap<>();
    /** Counters by list style, one per level. */
    private final Map<String, int[]> counters = new HashMap<>();

    OdtListNumbering(Document... doms) {
        for (Document dom : doms) {
            if (dom == null) {
                continue;
            }
            NodeList list = dom.getElementsByTagNameNS(TEXT_NS, "list-style");
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                styles.putIfAbsent(e.getAttributeNS(STYLE_NS, "name"), e);
            }
        }
    }

    /** Called at the start of a top-level list: its numbers restart unless it continues the one before. */
    void startList(Element list) {
        String style = list.getAttributeNS(TEXT_NS, "style-name");
        boolean continues = "true".equals(list.getAttributeNS(TEXT_NS, "continue-numbering"))
                || !list.getAttributeNS(TEXT_NS, "continue-list").isEmpty();
        if (!continues) {
            counters.remove(style);
        }
    }

    /** The number of a list item at a level (1 = outermost) of a list style, or "" if it has none. */
    String prefix(String style, int level, Element item) {
        Element levelStyle = levelStyle(style, level);
        if (levelStyle == null || !"list-level-style-number".equals(levelStyle.getLocalName())) {
            return "";
        }
        String format = levelStyle.getAttributeNS(STYLE_NS, "num-format");
        if (format.isEmpty()) {
            return "";
        }
        int[] count = counters.computeIfAbsent(style, k -> new int[LEVELS + 1]);
        int index = Math.min(level, LEVELS);
        String startValue = item.getAttributeNS(TEXT_NS, "start-value");
        if (!startValue.isEmpty()) {
            count[index] = number(startValue, 1) - 1;
        } else if (count[index] == 0) {
            count[index] = number(levelStyle.getAttributeNS(TEXT_NS, "start-value"), 1) - 1;
        }
        count[index]++;
        for (int deeper = index + 1; deeper <= LEVELS; deeper++) {
            count[deeper] = 0;
        }
        return levelStyle.getAttributeNS(STYLE_NS, "num-prefix") + render(format, count[index])
                + levelStyle.getAttributeNS(STYLE_NS, "num-suffix");
    }

    private Element levelStyle(String style, int level) {
        Element listStyle = styles.get(style);
        if (listStyle == null) {
            return null;
        }
        for (Node n = listStyle.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && TEXT_NS.equals(e.getNamespaceURI())
                    && String.valueOf(level).equals(e.getAttributeNS(TEXT_NS, "level"))) {
                return e;
            }
        }
        return null;
    }

    static String render(String format, int n) {
        if (format.startsWith("一")) {
            return ChineseNumerals.format(n);
        }
        if (format.startsWith("壹")) {
            return ChineseNumerals.formatFormal(n);
        }
        return switch (format) {
            case "a" -> String.valueOf((char) ('a' + (n - 1) % 26));
            case "A" -> String.valueOf((char) ('A' + (n - 1) % 26));
            default -> Integer.toString(n);
        };
    }

    private static int number(String value, int otherwise) {
        try {
            return value.isEmpty() ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
