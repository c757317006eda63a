package tw.mainstream.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.mainstream.account.domain.AccountAdminService;
import tw.mainstream.account.domain.AccountSource;
import tw.mainstream.account.domain.AdminScope;
import tw.mainstream.account.domain.RoleMapping;
import tw.mainstream.account.domain.RoleMappingService;
import tw.mainstream.account.domain.SignInAudit;
import tw.mainstream.account.domain.SignInLog;
import tw.mainstream.account.domain.SignInThrottle;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.sheet.SpreadsheetFiles;

/** Sign-in audit, throttled addresses and directory role mappings, within the administrator's reach. */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "accounts")
class SignInAdminApiController {
    private final SignInLog log;
    private final AccountAdminService accounts;
    private final RoleMappingService mappings;

    SignInAdminApiController(SignInLog log, AccountAdminService accounts, RoleMappingService mappings) {
        this.log = log;
        this.accounts = accounts;
        this.mappings = mappings;
    }

    record MappingJson(Long id, Long agencyId, AccountSource source, String groupName, AccountRole role, Long unitId,
                       AdminScope adminScope) {
        static MappingJson of(RoleMapping m) {
            return new MappingJson(m.getId(), m.getAgencyId(), m.getSource(), m.getGroupName(), m.getRole(),
                    m.getUnitId(), m.getAdminScope());
        }
    }

    record MappingRequest(@NotNull Long agencyId, @NotNull AccountSource source,
                          @NotBlank @Size(max = 300) String groupName, @NotNull AccountRole role, Long unitId,
                          AdminScope adminScope) {
    }

    @GetMapping("/sign-ins")
    @Operation(summary = "Sign-ins, failures, refusals and access changes, newest first (limit up to 10000)")
    List<SignInAudit.Event> signIns(@RequestParam(required = false) String username,
                                    @RequestParam(required = false) Integer limit, CurrentUser user) {
        return log.events(user, username, limit);
    }

    @GetMapping(value = "/sign-ins.csv", produces = SpreadsheetFiles.CSV_CONTENT_TYPE)
    @Operation(summary = "The sign-in audit as CSV (UTF-8 with BOM)")
    ResponseEntity<byte[]> signInsCsv(@RequestParam(required = false) String username, CurrentUser user) {
        return csv(log, user, username);
    }

    static ResponseEntity<byte[]> csv(SignInLog log, CurrentUser user, String username) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sign-ins.csv\"")
                .header(HttpHeaders.CONTENT_TYPE, SpreadsheetFiles.CSV_CONTENT_TYPE)
                .body(SpreadsheetFiles.csv(log.sheet(user, username)));
    }

    @GetMapping("/throttled")
    @Operation(summary = "Account and address pairs with failed sign-ins, and until when each must wait")
    List<SignInThrottle.Entry> throttled(CurrentUser user) {
        return accounts.throttled(user);
    }

    @GetMapping("/role-mappings")
    @Operation(summary = "Directory groups (LDAP) or groups-claim values (OIDC) mapped to role, unit and admin scope")
    List<MappingJson> roleMappings(CurrentUser user) {
        return mappings.list(user).stream().map(MappingJson::of).toList();
    }

    @PostMapping("/role-mappings")
    @ResponseStatus(HttpStatus.CREATED)
    MappingJson addRoleMapping(@Valid @RequestBody MappingRequest r, CurrentUser user) {
        return MappingJson.of(mappings.create(r.agencyId(), r.source(), r.groupName(), r.role(), r.unitId(),
                r.adminScope(), user));
    }

    @DeleteMapping("/role-mappings/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteRoleMapping(@PathVariable Long id, CurrentUser user) {
        mappings.delete(id, user);
    }
}
