package tw.mainstream.document;

/** The output formats of {@link DocumentRenderer}, with their media type and file extension. */
public enum DocumentFormat {
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf"),
    HTML("text/html;charset=UTF-8", "html");

    private final String contentType;
    private final String extension;

    DocumentFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** Without the dot. */
    public String extension() {
        return extension;
    }
}
