package tw.mainstream.account.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.account.domain.AccountAdminService;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.StaleEditException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.NavLink;

/** Account administration pages (admin only; the service checks). */
@Controller
class AccountAdminController {
    private final AccountAdminService accounts;
    private final CommitteeApi committee;

    AccountAdminController(AccountAdminService accounts, CommitteeApi committee) {
        this.accounts = accounts;
        this.committee = committee;
    }

    @GetMapping("/accounts")
    String list(CurrentUser user, Model model) {
        model.addAttribute("accounts", accounts.list(user));
        model.addAttribute("agencyNames", committee.allAgencies().stream()
                .collect(Collectors.toMap(AgencyView::id, AgencyView::name)));
        return "account/accounts";
    }

    @GetMapping("/accounts/new")
    String newAccount(CurrentUser user, Model model) {
        accounts.list(user);
        model.addAttribute("form", new AccountForm());
        return formPage(null, model);
    }

    @PostMapping("/accounts/new")
    String create(@ModelAttribute("form") AccountForm form, BindingResult result, CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        accounts.list(user);
        if (!result.hasErrors()) {
            try {
                accounts.create(form.toInput(), user);
                redirect.addFlashAttribute("flash", "account.created");
                return "redirect:/accounts";
            } catch (DomainException e) {
                if (e.getStatus() != 400) {
                    throw e;
                }
                result.reject(e.getMessageKey(), e.getArgs(), e.getMessageKey());
            }
        }
        return formPage(null, model);
    }

    @GetMapping("/accounts/{id}/edit")
    String edit(@PathVariable Long id, CurrentUser user, Model model) {
        UserAccount a = accounts.get(id, user);
        model.addAttribute("form", AccountForm.of(a));
        return formPage(a, model);
    }

    @PostMapping("/accounts/{id}/edit")
    String update(@PathVariable Long id, @ModelAttribute("form") AccountForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        UserAccount a = accounts.get(id, user);
        if (!result.hasErrors()) {
            try {
                if (form.getVersion() == null) {
                    throw new StaleEditException("account", id);
                }
                accounts.update(id, form.getVersion(), form.toInput(), user);
                redirect.addFlashAttribute("flash", "account.updated");
                return "redirect:/accounts";
            } catch (DomainException e) {
                if (e.getStatus() != 400) {
                    throw e;
                }
                result.reject(e.getMessageKey(), e.getArgs(), e.getMessageKey());
            }
        }
        form.setUsername(a.getUsername());
        return formPage(a, model);
    }

    private String formPage(UserAccount account, Model model) {
        List<AgencyView> agencies = committee.allAgencies();
        model.addAttribute("account", account);
        model.addAttribute("agencies", agencies);
        Map<String, List<UnitView>> units = agencies.stream().collect(Collectors.toMap(AgencyView::name,
                a -> committee.units(a.id()), (x, y) -> x, java.util.LinkedHashMap::new));
        model.addAttribute("unitsByAgency", units);
        return "account/account-form";
    }

    @org.springframework.context.annotation.Configuration
    static class Links {
        @Bean
        NavLink accountsLink() {
            return new NavLink("account.list.title", "/accounts", 90, CurrentUser::isAdmin);
        }
    }
}
