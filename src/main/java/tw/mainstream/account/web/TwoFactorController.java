package tw.mainstream.account.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.account.domain.TotpCodes;
import tw.mainstream.account.domain.TwoFactorService;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.ForbiddenException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;

/** An administrator turns two-factor sign-in on (new secret, confirmed by a first code) or off. */
@Controller
class TwoFactorController {
    private static final String PENDING = "mainstream.totp.pending";

    private final TwoFactorService twoFactor;

    TwoFactorController(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping("/account/two-factor")
    String page(CurrentUser user, HttpSession session, Model model) {
        if (!twoFactor.eligible(user)) {
            throw new ForbiddenException();
        }
        boolean on = twoFactor.enabled(user);
        model.addAttribute("enabled", on);
        if (!on) {
            String secret = (String) session.getAttribute(PENDING);
            if (secret == null) {
                secret = twoFactor.newSecret();
                session.setAttribute(PENDING, secret);
            }
            model.addAttribute("secret", secret);
            model.addAttribute("otpauth", TotpCodes.uri("Mainstream", user.username(), secret));
        }
        return "account/two-factor";
    }

    @PostMapping("/account/two-factor")
    String change(@RequestParam(required = false) String code, @RequestParam(defaultValue = "enable") String action,
                  CurrentUser user, HttpSession session, RedirectAttributes redirect) {
        try {
            if ("disable".equals(action)) {
                twoFactor.disable(user, code);
                PageActions.success(redirect, "account.twoFactor.disabled");
            } else {
                twoFactor.enable(user, (String) session.getAttribute(PENDING), code);
                session.removeAttribute(PENDING);
                PageActions.success(redirect, "account.twoFactor.enabled");
            }
        } catch (DomainException e) {
            if (e.getStatus() != 400) {
                throw e;
            }
            PageActions.error(redirect, e);
        }
        return "redirect:/account/two-factor";
    }
}
