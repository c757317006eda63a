package tw.mainstream.account.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.HomePanel;

/** The home page: what needs the user now, assembled from the panels modules contribute. */
@Controller
class HomeController {
    private final List<HomePanel> panels;

    HomeController(List<HomePanel> panels) {
        this.panels = panels;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("panels", panels.stream().filter(p -> p.visibleTo(user)).toList());
        return "home";
    }
}
