package tw.mainstream.account.web;

import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.account.domain.AccountAdminService;
import tw.mainstream.account.domain.AccountSource;
import tw.mainstream.account.domain.AdminReach;
import tw.mainstream.account.domain.AdminScope;
import tw.mainstream.account.domain.RoleMappingService;
import tw.mainstream.account.domain.SignInLog;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;

/** Pages of the sign-in audit (with throttled addresses) and of the directory role mappings. */
@Controller
class SignInAdminController {
    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final SignInLog log;
    private final AccountAdminService accounts;
    private final RoleMappingService mappings;
    private final AdminReach reach;
    private final CommitteeApi committee;

    SignInAdminController(SignInLog log, AccountAdminService accounts, RoleMappingService mappings,
                          AdminReach reach, CommitteeApi committee) {
        this.log = log;
        this.accounts = accounts;
        this.mappings = mappings;
        this.reach = reach;
        this.committee = committee;
    }

    @GetMapping("/accounts/sign-ins")
    String signIns(@RequestParam(required = false) String username, CurrentUser user, Model model) {
        model.addAttribute("events", log.events(user, username, SignInLog.DEFAULT_LIMIT));
        model.addAttribute("throttled", accounts.throttled(user));
        model.addAttribute("accountIds", accounts.list(user).stream()
                .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getId)));
        model.addAttribute("username", username);
        model.addAttribute("zone", TAIPEI);
        return "account/sign-ins";
    }

    @GetMapping("/accounts/sign-ins.csv")
    ResponseEntity<byte[]> signInsCsv(@RequestParam(required = false) String username, CurrentUser user) {
        return SignInAdminApiController.csv(log, user, username);
    }

    @PostMapping("/accounts/{id}/unlock")
    String unlock(@PathVariable Long id, CurrentUser user, RedirectAttributes redirect) {
        accounts.unlock(id, user);
        PageActions.success(redirect, "account.throttle.cleared");
        return "redirect:/accounts/sign-ins";
    }

    @GetMapping("/accounts/role-mappings")
    String roleMappings(CurrentUser user, Model model) {
        AdminReach.Reach r = reach.require(user);
        Map<Long, String> agencyNames = committee.allAgencies().stream()
                .collect(Collectors.toMap(AgencyView::id, AgencyView::name));
        model.addAttribute("mappings", mappings.list(user));
        model.addAttribute("agencyNames", agencyNames);
        model.addAttribute("agencies", committee.allAgencies().stream().filter(a -> r.covers(a.id())).toList());
        var units = AccountAdminController.unitsByAgency(committee,
                committee.allAgencies().stream().filter(a -> r.covers(a.id())).toList());
        model.addAttribute("unitsByAgency", units);
        model.addAttribute("unitNames", units.values().stream().flatMap(java.util.List::stream)
                .collect(Collectors.toMap(u -> u.id(), u -> u.name(), (x, y) -> x)));
        model.addAttribute("roles", java.util.Arrays.stream(AccountRole.values())
                .filter(role -> role != AccountRole.ADMIN).toList());
        model.addAttribute("sources", java.util.List.of(AccountSource.LDAP, AccountSource.OIDC));
        model.addAttribute("adminScopes", r.scope() == AdminScope.AGENCY_TREE ? java.util.List.of(AdminScope.values())
                : java.util.List.of(AdminScope.AGENCY));
        return "account/role-mappings";
    }

    @PostMapping("/accounts/role-mappings")
    String addRoleMapping(@RequestParam(required = false) Long agencyId,
                          @RequestParam(required = false) AccountSource source,
                          @RequestParam(required = false) String groupName,
                          @RequestParam(required = false) AccountRole role,
                          @RequestParam(required = false) Long unitId,
                          @RequestParam(required = false) AdminScope adminScope,
                          CurrentUser user, RedirectAttributes redirect) {
        try {
            mappings.create(agencyId, source, groupName, role, unitId, adminScope, user);
            PageActions.success(redirect, "account.mapping.added");
        } catch (DomainException e) {
            if (e.getStatus() != 400) {
                throw e;
            }
            PageActions.error(redirect, e);
        }
        return "redirect:/accounts/role-mappings";
    }

    @PostMapping("/accounts/role-mappings/{id}/delete")
    String deleteRoleMapping(@PathVariable Long id, CurrentUser user, RedirectAttributes redirect) {
        mappings.delete(id, user);
        PageActions.success(redirect, "account.mapping.removed");
        return "redirect:/accounts/role-mappings";
    }
}
