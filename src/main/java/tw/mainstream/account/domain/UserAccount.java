package tw.mainstream.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import tw.mainstream.shared.domain.BaseEntity;
import tw.mainstream.shared.security.AccountRole;

/** A person who signs in: role plus scope (agency, unit for liaisons, person for members). */
@Entity
@Table(name = "account_user")
@Audited
public class UserAccount extends BaseEntity {

    private String username;
    @NotAudited
    private String passwordHash;
    private String displayName;
    private String email;
    @Enumerated(EnumType.STRING)
    private AccountRole role;
    private Long agencyId;
    private Long unitId;
    private Long personId;
    private boolean enabled = true;
    @Enumerated(EnumType.STRING)
    private AccountSource source = AccountSource.LOCAL;
    @Enumerated(EnumType.STRING)
    private AdminScope adminScope;
    private LocalDate expiresOn;
    @NotAudited
    private String totpSecret;
    /** Changes whenever role, scope, password or enabled state change; sessions holding an older one are refreshed or ended. */
    @NotAudited
    private long securityStamp;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, AccountRole role,
                       Long agencyId, Long unitId, Long personId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.agencyId = agencyId;
        this.unitId = unitId;
        this.personId = personId;
    }

    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public AccountRole getRole() { return role; }
    public Long getAgencyId() { return agencyId; }
    public Long getUnitId() { return unitId; }
    public Long getPersonId() { return personId; }
    public boolean isEnabled() { return enabled; }
    public AccountSource getSource() { return source; }
    public AdminScope getAdminScope() { return adminScope; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public String getTotpSecret() { return totpSecret; }
    public long getSecurityStamp() { return securityStamp; }

    /** Enabled and, for a local account with an expiry date, not past it. */
    public boolean isActiveOn(LocalDate today) {
        return enabled && (expiresOn == null || !today.isAfter(expiresOn));
    }

    public void update(String displayName, String email, AccountRole role, Long agencyId, Long unitId,
                       Long personId, boolean enabled) {
        if (role != this.role || !java.util.Objects.equals(agencyId, this.agencyId)
                || !java.util.Objects.equals(unitId, this.unitId) || enabled != this.enabled) {
            securityStamp++;
        }
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.agencyId = agencyId;
        this.unitId = unitId;
        this.personId = personId;
        this.enabled = enabled;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        securityStamp++;
    }

    public void setAdminScope(AdminScope adminScope) {
        if (adminScope != this.adminScope) {
            securityStamp++;
        }
        this.adminScope = adminScope;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public void setTotpSecret(String totpSecret) {
        this.totpSecret = totpSecret;
    }

    /** An account created on first sign-in through a directory or identity provider. */
    public static UserAccount fromDirectory(AccountSource source, String username, String displayName) {
        UserAccount a = new UserAccount(username, "{bcrypt}!directory", displayName, AccountRole.MEMBER, null, null, null);
        a.source = source;
        a.enabled = true;
        return a;
    }
}
