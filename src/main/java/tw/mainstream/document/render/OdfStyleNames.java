package tw.mainstream.document.render;

/** ODF namespace URIs used when setting attributes by name. */
final class OdfStyleNames {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    static final String XLINK = "http://www.w3.org/1999/xlink";

    private OdfStyleNames() {
    }
}
