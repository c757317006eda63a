package tw.mainstream.account.domain;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.account.domain.AdminReach.Reach;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/** The role mappings of directory sign-in, each agency's managed by its own administrators. */
@Service
@Transactional
public class RoleMappingService {
    private final RoleMappingRepository mappings;
    private final AdminReach reach;
    private final CommitteeApi committee;
    private final SignInAudit audit;

    RoleMappingService(RoleMappingRepository mappings, AdminReach reach, CommitteeApi committee, SignInAudit audit) {
        this.mappings = mappings;
        this.reach = reach;
        this.committee = committee;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<RoleMapping> list(CurrentUser user) {
        Reach r = reach.require(user);
        return mappings.findAllByOrderByAgencyIdAscGroupNameAsc().stream().filter(m -> r.covers(m.getAgencyId()))
                .toList();
    }

    public RoleMapping create(Long agencyId, AccountSource source, String groupName, AccountRole role, Long unitId,
                              AdminScope adminScope, CurrentUser user) {
        Reach r = reach.require(user);
        if (agencyId == null || !r.covers(agencyId) || committee.agency(agencyId).isEmpty()) {
            throw DomainException.invalid("account.error.agencyOutsideReach");
        }
        if (source == null || source == AccountSource.LOCAL || groupName == null || groupName.isBlank()
                || groupName.strip().length() > 300) {
            throw DomainException.invalid("account.mapping.error.group");
        }
        if (role == null || role == AccountRole.ADMIN) {
            throw DomainException.invalid("account.error.roleRequired");
        }
        if (adminScope == AdminScope.AGENCY_TREE && r.scope() != AdminScope.AGENCY_TREE) {
            throw DomainException.invalid("account.error.adminScopeTooWide");
        }
        if (role == AccountRole.LIAISON && (unitId == null
                || committee.unit(unitId).filter(u -> u.agencyId().equals(agencyId)).isEmpty())) {
            throw DomainException.invalid("account.error.unitOutsideAgency");
        }
        if (mappings.findBySourceAndGroupNameIn(source, List.of(groupName.strip())).stream()
                .anyMatch(m -> m.getAgencyId().equals(agencyId))) {
            throw DomainException.invalid("account.mapping.error.duplicate", groupName.strip());
        }
        RoleMapping m = mappings.save(new RoleMapping(agencyId, source, groupName.strip(), role,
                role == AccountRole.LIAISON ? unitId : null, adminScope));
        audit.record(source + ":" + m.getGroupName(), agencyId, null, SignInAudit.Method.ADMIN,
                SignInAudit.Outcome.ACCESS_CHANGED, "mapping added → " + role + " unit=" + m.getUnitId()
                        + (adminScope == null ? "" : " admin=" + adminScope), user.username());
        return m;
    }

    public void delete(Long id, CurrentUser user) {
        Reach r = reach.require(user);
        RoleMapping m = mappings.findById(id).filter(x -> r.covers(x.getAgencyId()))
                .orElseThrow(() -> new NotFoundException("roleMapping", id));
        mappings.delete(m);
        audit.record(m.getSource() + ":" + m.getGroupName(), m.getAgencyId(), null, SignInAudit.Method.ADMIN,
                SignInAudit.Outcome.ACCESS_CHANGED, "mapping removed", user.username());
    }
}
