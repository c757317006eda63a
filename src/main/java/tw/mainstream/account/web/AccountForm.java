package tw.mainstream.account.web;

import java.time.LocalDate;
import tw.mainstream.account.domain.AccountAdminService.AccountInput;
import tw.mainstream.account.domain.AdminScope;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.shared.security.AccountRole;

/** What the account form binds; the password is only set when typed. */
public class AccountForm {
    private Long version;
    private String username;
    private String password;
    private String displayName;
    private String email;
    private AccountRole role = AccountRole.SECRETARIAT;
    private Long agencyId;
    private Long unitId;
    private boolean enabled = true;
    private AdminScope adminScope;
    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    static AccountForm of(UserAccount a) {
        AccountForm f = new AccountForm();
        f.version = a.getVersion();
        f.username = a.getUsername();
        f.displayName = a.getDisplayName();
        f.email = a.getEmail();
        f.role = a.getRole();
        f.agencyId = a.getAgencyId();
        f.unitId = a.getUnitId();
        f.enabled = a.isEnabled();
        f.adminScope = a.getAdminScope();
        f.expiresOn = a.getExpiresOn();
        return f;
    }

    AccountInput toInput() {
        return new AccountInput(username, password, displayName, email, role, agencyId, unitId, enabled, adminScope,
                expiresOn);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { this.version = v; }
    public String getUsername() { return username; }
    public void setUsername(String v) { this.username = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { this.password = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { this.displayName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { this.email = v; }
    public AccountRole getRole() { return role; }
    public void setRole(AccountRole v) { this.role = v; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long v) { this.agencyId = v; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long v) { this.unitId = v; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { this.enabled = v; }
    public AdminScope getAdminScope() { return adminScope; }
    public void setAdminScope(AdminScope v) { this.adminScope = v; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate v) { this.expiresOn = v; }
}
