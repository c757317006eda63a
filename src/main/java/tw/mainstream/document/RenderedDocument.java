package tw.mainstream.document;

/**
 * A rendered document ready to be sent or stored.
 *
 * @param content       the file bytes
 * @param format        the format it was rendered to
 */
public record RenderedDocument(byte[] content, DocumentFormat format) {

    public String contentType() {
        return format.contentType();
    }

    /** File extension without the dot. */
    public String fileExtension() {
        return format.extension();
    }

    /** {@code baseName} with this format's extension, e.g. 「111年第1次會議紀錄.odt」. */
    public String fileName(String baseName) {
        return baseName + "." + format.extension();
    }

    @Override
    public String toString() {
        return "RenderedDocument[" + format + ", " + content.length + " bytes]";
    }
}
