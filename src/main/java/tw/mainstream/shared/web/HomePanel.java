package tw.mainstream.shared.web;

import java.util.Map;
import tw.mainstream.shared.security.CurrentUser;

/**
 * A block of the home page contributed by a module: the template fragment to show and the model
 * it needs, computed for the signed-in user (what needs them now).
 */
public interface HomePanel {
    boolean visibleTo(CurrentUser user);

    /** Fragment reference, e.g. {@code "tracking/home :: panel"}. */
    String fragment();

    Map<String, Object> model(CurrentUser user);

    default int order() {
        return 100;
    }
}
