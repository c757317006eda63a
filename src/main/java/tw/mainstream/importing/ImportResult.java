package tw.mainstream.importing;

/**
 * Result of importing one file: either minutes with the text they were read from, or an error message
 * in Traditional Chinese for the user.
 */
public record ImportResult(String filename, ImportedMinutes minutes, String sourceText, String error) {

    public static ImportResult ok(String filename, ImportedMinutes minutes, String sourceText) {
        return new ImportResult(filename, minutes, sourceText, null);
    }

    public static ImportResult failure(String filename, String error) {
        return new ImportResult(filename, null, null, error);
    }

    public boolean isOk() {
        return error == null;
    }
}
