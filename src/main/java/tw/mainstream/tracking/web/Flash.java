package tw.mainstream.tracking.web;

import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;

/** Post/Redirect/Get: run an action, flash its success key or its rule violation, then redirect. */
final class Flash {
    private Flash() {
    }

    static String run(RedirectAttributes flash, String target, String successKey, Runnable action) {
        return run(flash, () -> target, successKey, () -> {
            action.run();
            return null;
        });
    }

    static <T> String run(RedirectAttributes flash, Supplier<String> target, String successKey, Supplier<T> action) {
        try {
            action.get();
            flash.addFlashAttribute("flash", successKey);
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            if (e.getStatus() == 403) {
                throw e;
            }
            flash.addFlashAttribute("problem", e.getMessageKey());
            flash.addFlashAttribute("problemArgs", e.getArgs());
        }
        return "redirect:" + target.get();
    }
}
