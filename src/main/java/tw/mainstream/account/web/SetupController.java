package tw.mainstream.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.account.FirstRunSetup;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.web.PageActions;

/** First-run page: creates the first administrator with the one-time code from the log. */
@Controller
class SetupController {
    private final FirstRunSetup setup;

    SetupController(FirstRunSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/setup")
    String form(Model model) {
        model.addAttribute("open", setup.isOpen());
        return "account/setup";
    }

    @PostMapping("/setup")
    String submit(@RequestParam String token, @RequestParam String username, @RequestParam String password,
                  Model model, RedirectAttributes redirect) {
        try {
            setup.complete(token, username, password);
        } catch (DomainException e) {
            model.addAttribute("open", setup.isOpen());
            PageActions.error(model, e);
            model.addAttribute("username", username);
            return "account/setup";
        }
        PageActions.success(redirect, "account.setup.done");
        return "redirect:/login";
    }
}
