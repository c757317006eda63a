package tw.mainstream.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import tw.mainstream.shared.domain.BaseEntity;
import tw.mainstream.shared.security.AccountRole;

/**
 * An agency's rule for directory sign-in: members of a group (LDAP group name, or a value of the
 * OpenID provider's groups claim) sign in here with this role, unit and administration scope.
 */
@Entity
@Table(name = "account_role_mapping")
public class RoleMapping extends BaseEntity {
    private Long agencyId;
    @Enumerated(EnumType.STRING)
    private AccountSource source;
    private String groupName;
    @Enumerated(EnumType.STRING)
    private AccountRole role;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private AdminScope adminScope;

    protected RoleMapping() {
    }

    public RoleMapping(Long agencyId, AccountSource source, String groupName, AccountRole role, Long unitId,
                       AdminScope adminScope) {
        this.agencyId = agencyId;
        this.source = source;
        this.groupName = groupName;
        this.role = role;
        this.unitId = unitId;
        this.adminScope = adminScope;
    }

    public Long getAgencyId() { return agencyId; }
    public AccountSource getSource() { return source; }
    public String getGroupName() { return groupName; }
    public AccountRole getRole() { return role; }
    public Long getUnitId() { return unitId; }
    public AdminScope getAdminScope() { return adminScope; }
}
