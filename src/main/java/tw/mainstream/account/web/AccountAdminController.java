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
import tw.mainstream.account.domain.AdminReach;
import tw.mainstream.account.domain.AdminScope;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.StaleEditException;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.NavLink;
import tw.mainstream.shared.web.PageActions;

/** Account administration pages (administrators and agency administrators; the service checks). */
@Controller
class AccountAdminController {
    private final AccountAdminService accounts;
    private final CommitteeApi committee;
    private final AdminReach reach;

    AccountAdminController(AccountAdminService accounts, CommitteeApi committee, AdminReach reach) {
        this.accounts = accounts;
        this.committee = committee;
        this.reach = reach;
    }

    @GetMapping("/accounts")
    String list(CurrentUser user, Model model) {
        model.addAttribute("accounts", accounts.list(user));
        model.addAttribute("isAdmin", user.isAdmin());
        model.addAttribute("agencyNames", committee.allAgencies().stream()
                .collect(Collectors.toMap(AgencyView::id, AgencyView::name)));
        return "account/accounts";
    }

    @GetMapping("/accounts/new")
    String newAccount(CurrentUser user, Model model) {
        model.addAttribute("form", new AccountForm());
        return formPage(null, user, model);
    }

    @PostMapping("/accounts/new")
    String create(@ModelAttribute("form") AccountForm form, BindingResult result, CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.create(form.toInput(), user);
                PageActions.success(redirect, "account.created");
                return "redirect:/accounts";
            } catch (DomainException e) {
                if (e.getStatus() != 400) {
                    throw e;
                }
                result.reject(e.getMessageKey(), e.getArgs(), e.getMessageKey());
            }
        }
        return formPage(null, user, model);
    }

    @GetMapping("/accounts/{id}/edit")
    String edit(@PathVariable Long id, CurrentUser user, Model model) {
        UserAccount a = accounts.get(id, user);
        model.addAttribute("form", AccountForm.of(a));
        return formPage(a, user, model);
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
                PageActions.success(redirect, "account.updated");
                return "redirect:/accounts";
            } catch (DomainException e) {
                if (e.getStatus() != 400) {
                    throw e;
                }
                result.reject(e.getMessageKey(), e.getArgs(), e.getMessageKey());
            }
        }
        form.setUsername(a.getUsername());
        return formPage(a, user, model);
    }

    /** The form offers only what the user may give: agencies in reach, no administrator role to agency admins. */
    private String formPage(UserAccount account, CurrentUser user, Model model) {
        AdminReach.Reach r = reach.require(user);
        List<AgencyView> agencies = committee.allAgencies().stream().filter(a -> r.covers(a.id())).toList();
        model.addAttribute("roles", java.util.Arrays.stream(AccountRole.values())
                .filter(role -> r.all() || role != AccountRole.ADMIN).toList());
        model.addAttribute("adminScopes", r.scope() == AdminScope.AGENCY_TREE ? List.of(AdminScope.values())
                : List.of(AdminScope.AGENCY));
        model.addAttribute("account", account);
        model.addAttribute("agencies", agencies);
        model.addAttribute("unitsByAgency", unitsByAgency(committee, agencies));
        return "account/account-form";
    }

    static Map<String, List<UnitView>> unitsByAgency(CommitteeApi committee, List<AgencyView> agencies) {
        return agencies.stream().collect(Collectors.toMap(AgencyView::name, a -> committee.units(a.id()),
                (x, y) -> x, java.util.LinkedHashMap::new));
    }

    @org.springframework.context.annotation.Configuration
    static class Links {
        @Bean
        NavLink accountsLink(AdminReach reach) {
            return new NavLink("account.list.title", "/accounts", 90, reach::administersAny);
        }
    }
}
