package tw.mainstream.importing.extract;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Text of an OpenDocument text file: headings, paragraphs, list items and table rows in document order,
 * one line each (table cells separated by tabs).
 */
final class OdtTextExtractor {
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private final OdtListNumbering numbering;
    /** The enclosing lists' style and depth while walking a list, and the number of the current item. */
    private String listStyle;
    private int listLevel;
    private String itemPrefix = "";

    private OdtTextExtractor(OdtListNumbering numbering) {
        this.numbering = numbering;
    }

    static String extract(byte[] bytes) throws Exception {
        try (OdfTextDocument document = OdfTextDocument.loadDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            OdtListNumbering numbering = new OdtListNumbering(document.getContentDom(), document.getStylesDom());
            new OdtTextExtractor(numbering).blocks(document.getContentRoot(), lines);
            return String.join("\n", lines);
        }
    }

    private void blocks(Node parent, List<String> lines) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            String ns = e.getNamespaceURI();
            String name = e.getLocalName();
            if (TEXT_NS.equals(ns) && ("p".equals(name) || "h".equals(name))) {
                lines.add(itemPrefix + inline(e));
                itemPrefix = "";
            } else if (TEXT_NS.equals(ns) && "list".equals(name)) {
                list(e, lines);
            } else if (TEXT_NS.equals(ns) && "list-item".equals(name)) {
                // an item that only holds a deeper list shows no number of its own
                itemPrefix = listStyle == null || holdsOnlyAList(e) ? "" : numbering.prefix(listStyle, listLevel, e);
                blocks(e, lines);
                itemPrefix = "";
            } else if (TABLE_NS.equals(ns) && "table-row".equals(name)) {
                lines.add(row(e));
            } else if (TEXT_NS.equals(ns) && ("tracked-changes".equals(name) || "sequence-decls".equals(name))) {
                continue;
            } else {
                blocks(e, lines);
            }
        }
    }

    private static boolean holdsOnlyAList(Element item) {
        for (Node n = item.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                return "list".equals(child.getLocalName());
            }
        }
        return true;
    }

    /** A list, nested or not: its style is its own or the enclosing list's. */
    private void list(Element list, List<String> lines) {
        String outerStyle = listStyle;
        String own = list.getAttributeNS(TEXT_NS, "style-name");
        if (listLevel == 0) {
            numbering.startList(list);
        }
        listStyle = own.isEmpty() ? outerStyle : own;
        listLevel++;
        blocks(list, lines);
        listLevel--;
        listStyle = outerStyle;
    }

    private String row(Element row) {
        List<String> cells = new ArrayList<>();
        for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element cell && TABLE_NS.equals(cell.getNamespaceURI())
                    && "table-cell".equals(cell.getLocalName())) {
                List<String> parts = new ArrayList<>();
                blocks(cell, parts);
                cells.add(String.join(" ", parts.stream().map(String::strip).filter(s -> !s.isEmpty()).toList())
                        .replace('\t', ' '));
            }
        }
        return String.join("\t", cells);
    }

    /** Paragraph text with ODF's space, tab and line-break elements; notes and annotations left out. */
    private static String inline(Node parent) {
        StringBuilder sb = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                sb.append(n.getNodeValue());
            } else if (n instanceof Element e && TEXT_NS.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "s" -> sb.append(" ".repeat(spaces(e)));
                    case "tab" -> sb.append('\t');
                    case "line-break" -> sb.append('\n');
                    case "note", "bookmark-ref" -> { }
                    default -> sb.append(inline(e));
                }
            } else if (n instanceof Element e && !"annotation".equals(e.getLocalName())) {
                sb.append(inline(e));
            }
        }
        return sb.toString();
    }

    private static int spaces(Element s) {
        String c = s.getAttributeNS(TEXT_NS, "c");
        try {
            return c.isEmpty() ? 1 : Math.min(Integer.parseInt(c), 100);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
