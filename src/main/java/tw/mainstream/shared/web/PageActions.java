package tw.mainstream.shared.web;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.shared.domain.DomainException;

/**
 * Post/Redirect/Get for every page, and the one set of names for what a page reports: the success
 * message key {@value #SUCCESS} (with {@value #SUCCESS_ARGS}), the refusal's key {@value #ERROR_KEY}
 * (with {@value #ERROR_ARGS}) and, for a refusal with several reasons, the resolved lines
 * {@value #ERROR_DETAILS}. {@code fragments/messages :: page} in the layout shows them; field errors
 * stay beside their fields (Bean Validation and {@code BindingResult}).
 */
public final class PageActions {

    public static final String SUCCESS = "flash";
    public static final String SUCCESS_ARGS = "flashArgs";
    public static final String ERROR_KEY = "errorKey";
    public static final String ERROR_ARGS = "errorArgs";
    public static final String ERROR_DETAILS = "errorDetails";

    private PageActions() {
    }

    /** Runs the action, then redirects to {@code target} with its success key or with the refusal. */
    public static String run(RedirectAttributes ra, String target, String successKey, Runnable action) {
        return run(ra, () -> target, successKey, () -> {
            action.run();
            return null;
        });
    }

    /**
     * The same with a target known only after the action (e.g. the page of the record it created).
     * A refused action saved nothing (the service's transaction rolled back); a record the user may not
     * see or touch (404, 403) is not a message on the form but the error page. An action that reports
     * its own success ({@link #success}, e.g. with a count) keeps it instead of {@code successKey}.
     */
    public static <T> String run(RedirectAttributes ra, Supplier<String> target, String successKey,
                                 Supplier<T> action) {
        try {
            action.get();
            if (!ra.getFlashAttributes().containsKey(SUCCESS)) {
                success(ra, successKey);
            }
        } catch (DomainException e) {
            if (e.getStatus() == 403 || e.getStatus() == 404) {
                throw e;
            }
            error(ra, e);
        } catch (ConcurrencyFailureException e) {
            error(ra, "error.conflict");
        }
        return "redirect:" + target.get();
    }

    public static void success(RedirectAttributes ra, String key, Object... args) {
        ra.addFlashAttribute(SUCCESS, key);
        if (args.length > 0) {
            ra.addFlashAttribute(SUCCESS_ARGS, args);
        }
    }

    public static void error(RedirectAttributes ra, DomainException e) {
        error(ra, e.getMessageKey(), e.getArgs());
    }

    public static void error(RedirectAttributes ra, String key, Object... args) {
        ra.addFlashAttribute(ERROR_KEY, key);
        ra.addFlashAttribute(ERROR_ARGS, args);
    }

    /** A refusal with one line per problem (rows of an upload, fields of a form), already in the reader's language. */
    public static void errors(RedirectAttributes ra, String key, List<String> details) {
        error(ra, key);
        ra.addFlashAttribute(ERROR_DETAILS, details);
    }

    /** Whether {@link #run} flashed a refusal (for a page that keeps what the user typed). */
    public static boolean failed(RedirectAttributes ra) {
        return ra.getFlashAttributes().containsKey(ERROR_KEY);
    }

    /** For a page rendered again instead of redirected (a form that keeps what was typed). */
    public static void error(Model model, DomainException e) {
        error(model, e.getMessageKey(), e.getArgs());
    }

    public static void error(Model model, String key, Object... args) {
        model.addAttribute(ERROR_KEY, key);
        model.addAttribute(ERROR_ARGS, args);
    }

    public static void errors(Model model, String key, List<String> details) {
        error(model, key);
        model.addAttribute(ERROR_DETAILS, details);
    }
}
