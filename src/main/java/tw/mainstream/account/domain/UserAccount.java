package tw.mainstream.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
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
    @NotAudited
    private int failedAttempts;
    @NotAudited
    private Instant lockedUntil;

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
    public int getFailedAttempts() { return failedAttempts; }
    public Instant getLockedUntil() { return lockedUntil; }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; after {@code limit} in a row the account rests for {@code lockFor}. */
    public void recordFailure(int limit, java.time.Duration lockFor, Instant now) {
        failedAttempts++;
        if (failedAttempts >= limit) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
        }
    }

    public void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void update(String displayName, String email, AccountRole role, Long agencyId, Long unitId,
                       Long personId, boolean enabled) {
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
    }
}
