package tw.mainstream.account.web;

import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.mainstream.shared.web.PageActions;

/** The sign-in page: password form, and a button per OpenID provider when one is configured. */
@Controller
class LoginController {
    private static final Set<String> REASONS = Set.of("failed", "throttled", "norole", "disabled", "totp");

    private final ObjectProvider<InMemoryClientRegistrationRepository> registrations;

    LoginController(ObjectProvider<InMemoryClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            PageActions.error(model, "account.login." + (REASONS.contains(error) ? error : "failed"));
        }
        List<ClientRegistration> providers = new java.util.ArrayList<>();
        registrations.ifAvailable(r -> r.forEach(providers::add));
        model.addAttribute("providers", providers);
        return "account/login";
    }
}
