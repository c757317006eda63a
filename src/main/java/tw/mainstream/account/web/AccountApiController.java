package tw.mainstream.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.mainstream.account.domain.AccountAdminService;
import tw.mainstream.account.domain.AccountAdminService.AccountInput;
import tw.mainstream.account.domain.AccountSource;
import tw.mainstream.account.domain.AdminScope;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/** Account administration as JSON; the same service as the pages, so the same rules (administrators, and agency administrators for their agencies). */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "accounts", description = "帳號管理（系統管理者、機關帳號管理者）")
class AccountApiController {
    private final AccountAdminService accounts;

    AccountApiController(AccountAdminService accounts) {
        this.accounts = accounts;
    }

    /** An account as the API shows it; never the password hash. */
    record AccountJson(Long id, long version, String username, String displayName, String email, AccountRole role,
                       Long agencyId, Long unitId, Long personId, boolean enabled, AccountSource source,
                       AdminScope adminScope, LocalDate expiresOn, boolean twoFactor) {
        static AccountJson of(UserAccount a) {
            return new AccountJson(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(), a.getEmail(),
                    a.getRole(), a.getAgencyId(), a.getUnitId(), a.getPersonId(), a.isEnabled(), a.getSource(),
                    a.getAdminScope(), a.getExpiresOn(), a.getTotpSecret() != null);
        }
    }

    record CreateRequest(@NotBlank @Size(max = 100) String username, @Size(max = 200) String password,
                         @Size(max = 200) String displayName, @Email @Size(max = 200) String email,
                         @NotNull AccountRole role, Long agencyId, Long unitId, Boolean enabled,
                         AdminScope adminScope, LocalDate expiresOn) {
        AccountInput toInput() {
            return new AccountInput(username, password, displayName, email, role, agencyId, unitId,
                    enabled == null || enabled, adminScope, expiresOn);
        }
    }

    /** Agency may be left out to keep the account's present one. */
    record UpdateRequest(@NotNull Long version, @Size(max = 200) String displayName,
                         @Email @Size(max = 200) String email, @NotNull AccountRole role, Long agencyId, Long unitId,
                         @NotNull Boolean enabled, AdminScope adminScope, LocalDate expiresOn) {
    }

    record PasswordRequest(@Size(max = 200) String password) {
    }

    @GetMapping
    @Operation(summary = "Accounts by username, optionally only one agency's, one role's, or enabled/disabled ones")
    List<AccountJson> list(@RequestParam(required = false) Long agencyId,
                           @RequestParam(required = false) AccountRole role,
                           @RequestParam(required = false) Boolean enabled, CurrentUser user) {
        return accounts.list(user, agencyId, role, enabled).stream().map(AccountJson::of).toList();
    }

    @GetMapping("/{id}")
    AccountJson get(@PathVariable Long id, CurrentUser user) {
        return json(accounts.get(id, user));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account with an initial password (at least 10 characters)")
    AccountJson create(@Valid @RequestBody CreateRequest r, CurrentUser user) {
        return json(accounts.create(r.toInput(), user));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change name, e-mail, role, agency/unit and enabled; send the version you read (409 when stale)")
    AccountJson update(@PathVariable Long id, @Valid @RequestBody UpdateRequest r, CurrentUser user) {
        UserAccount a = accounts.get(id, user);
        Long agency = r.agencyId() != null ? r.agencyId() : a.getAgencyId();
        return json(accounts.update(id, r.version(), new AccountInput(a.getUsername(), null, r.displayName(),
                r.email(), r.role(), agency, r.unitId(), r.enabled(), r.adminScope(), r.expiresOn()), user));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable an account (it can no longer sign in)")
    AccountJson disable(@PathVariable Long id, CurrentUser user) {
        return json(accounts.setEnabled(id, false, user));
    }

    @PostMapping("/{id}/enable")
    AccountJson enable(@PathVariable Long id, CurrentUser user) {
        return json(accounts.setEnabled(id, true, user));
    }

    @PostMapping("/{id}/password")
    @Operation(summary = "Set a new password for the account (at least 10 characters)")
    AccountJson resetPassword(@PathVariable Long id, @Valid @RequestBody PasswordRequest r, CurrentUser user) {
        return json(accounts.resetPassword(id, r.password(), user));
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Clear the sign-in throttling of the account from every address")
    AccountJson unlock(@PathVariable Long id, CurrentUser user) {
        return json(accounts.unlock(id, user));
    }

    private static AccountJson json(UserAccount a) {
        return AccountJson.of(a);
    }
}
