package tw.mainstream.importing.web;

import java.util.Map;
import java.util.Set;
import tw.mainstream.importing.draft.DraftValidator;

/** What the review template asks per field path: its element id, its mark, its problem, its description. */
public record ReviewUi(Set<String> marks, Map<String, DraftValidator.Problem> problems) {

    public String id(String path) {
        return "f-" + path.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    public boolean marked(String path) {
        return marks.contains(path);
    }

    public DraftValidator.Problem problem(String path) {
        return problems.get(path);
    }

    /** The message's id for aria-describedby, null without one (the mark sits in the label itself). */
    public String describedBy(String path) {
        return problem(path) != null ? "e-" + id(path) : null;
    }

    public int markCount() {
        return marks.size();
    }
}
