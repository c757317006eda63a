package tw.mainstream.importing.draft;

import java.util.List;
import tw.mainstream.shared.domain.DomainException;

/** Some files of an upload cannot be imported: nothing of the upload was saved. */
public class UploadRejected extends DomainException {
    /** What is wrong with one file: a message key of the importing bundle and its arguments. */
    public record FileProblem(String fileName, String key, Object... args) {
    }

    private final transient List<FileProblem> problems;

    public UploadRejected(List<FileProblem> problems) {
        super("importing.upload.rejected", 400);
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
