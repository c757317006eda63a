package tw.mainstream.statistics.importing;

import tw.mainstream.shared.domain.DomainException;

/** The upload is not a spreadsheet we can read (wrong type, damaged, empty). */
public class UnreadableFileException extends DomainException {
    public UnreadableFileException(String messageKey, Object... args) {
        super(messageKey, 400, args);
    }
}
