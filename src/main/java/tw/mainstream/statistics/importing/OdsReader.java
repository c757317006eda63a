package tw.mainstream.statistics.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first table of an ODS document, read by streaming its content.xml: repeated rows and
 * columns (how LibreOffice stores empty space) are expanded only up to the last non-empty cell.
 */
final class OdsReader {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final int MAX_REPEAT = 10_000;

    private OdsReader() {
    }

    static List<List<String>> read(InputStream in) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if ("content.xml".equals(e.getName())) {
                try {
                    return parse(zip);
                } catch (XMLStreamException x) {
                    throw new IOException(x);
                }
            }
        }
        throw new IOException("no content.xml");
    }

    private static List<List<String>> parse(InputStream content) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader x = factory.createXMLStreamReader(content);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        StringBuilder text = null;
        int rowRepeat = 1;
        int cellRepeat = 1;
        int tables = 0;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                String name = x.getLocalName();
                if ("table".equals(name) && TABLE.equals(x.getNamespaceURI()) && ++tables > 1) {
                    break;
                } else if ("table-row".equals(name)) {
                    row = new ArrayList<>();
                    rowRepeat = repeat(x, "number-rows-repeated");
                } else if (("table-cell".equals(name) || "covered-table-cell".equals(name)) && row != null) {
                    cellRepeat = repeat(x, "number-columns-repeated");
                    String value = x.getAttributeValue(OFFICE, "value");
                    text = new StringBuilder();
                    text.append(value == null ? "" : "\u0000" + plain(value));
                } else if ("p".equals(name) && text != null && !text.isEmpty() && text.charAt(0) != '\u0000') {
                    text.append('\n');
                }
            } else if (event == XMLStreamReader.CHARACTERS && text != null && (text.isEmpty() || text.charAt(0) != '\u0000')) {
                text.append(x.getText());
            } else if (event == XMLStreamReader.END_ELEMENT) {
                String name = x.getLocalName();
                if (("table-cell".equals(name) || "covered-table-cell".equals(name)) && row != null && text != null) {
                    String cell = text.isEmpty() || text.charAt(0) != '\u0000' ? text.toString() : text.substring(1);
                    for (int i = 0; i < Math.min(cellRepeat, cell.isEmpty() ? 100 : MAX_REPEAT); i++) {
                        row.add(cell);
                    }
                    text = null;
                } else if ("table-row".equals(name) && row != null) {
                    boolean empty = row.stream().allMatch(String::isBlank);
                    for (int i = 0; i < (empty ? Math.min(rowRepeat, 1) : Math.min(rowRepeat, MAX_REPEAT)); i++) {
                        rows.add(row);
                    }
                    row = null;
                }
            }
        }
        return rows;
    }

    /** {@code 1500.0} as written by odfdom becomes {@code 1500}. */
    private static String plain(String number) {
        try {
            return new java.math.BigDecimal(number).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private static int repeat(XMLStreamReader x, String attribute) {
        String value = x.getAttributeValue(TABLE, attribute);
        return value == null ? 1 : Integer.parseInt(value);
    }
}
