package tw.mainstream.importing.extract;

/** A file whose text cannot be read; the message is for the user, in Traditional Chinese. */
public class ExtractionException extends Exception {
    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
