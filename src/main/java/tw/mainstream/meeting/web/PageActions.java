package tw.mainstream.meeting.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.shared.domain.DomainException;

/**
 * Post/Redirect/Get for the meeting pages: run the action, then go back with a success flash or
 * with the refusal's message (nothing was saved: the service's transaction rolled back).
 */
final class PageActions {

    private PageActions() {
    }

    static String run(RedirectAttributes ra, String target, String successKey, Runnable action) {
        try {
            action.run();
            ra.addFlashAttribute("flash", successKey);
        } catch (DomainException e) {
            ra.addFlashAttribute("errorKey", e.getMessageKey());
            ra.addFlashAttribute("errorArgs", e.getArgs());
        } catch (ObjectOptimisticLockingFailureException e) {
            ra.addFlashAttribute("errorKey", "error.conflict");
        }
        return "redirect:" + target;
    }
}
