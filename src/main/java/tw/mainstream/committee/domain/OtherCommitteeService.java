package tw.mainstream.committee.domain;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/** The register of the agency's other committees: read within scope (oversight sees sub-agencies). */
@Service
@Transactional
public class OtherCommitteeService {
    private final OtherCommitteeRepository committees;
    private final AgencyRepository agencies;

    OtherCommitteeService(OtherCommitteeRepository committees, AgencyRepository agencies) {
        this.committees = committees;
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public List<OtherCommittee> list(CurrentUser user) {
        return user.isAdmin() ? committees.findAllByOrderByAgencyIdAscNameAsc()
                : committees.findByAgencyIdInOrderByAgencyIdAscNameAsc(user.readableAgencies());
    }

    @Transactional(readOnly = true)
    public OtherCommittee get(Long id, CurrentUser user) {
        OtherCommittee c = committees.findById(id).orElseThrow(() -> new NotFoundException("committee", id));
        user.requireReadAgency(c.getAgencyId());
        return c;
    }

    public OtherCommittee create(Long agencyId, String name, int women, int men, int other, String note,
                                 CurrentUser user) {
        if (agencyId == null || agencies.findById(agencyId).isEmpty()) {
            throw new FieldException("agencyId", "committee.error.required");
        }
        user.requireManageAgency(agencyId);
        check(name, women, men, other);
        if (committees.existsByAgencyIdAndName(agencyId, name.strip())) {
            throw new FieldException("name", "committee.register.error.nameTaken", name.strip());
        }
        return committees.save(new OtherCommittee(agencyId, name.strip(), women, men, other,
                AgencyService.blankToNull(note)));
    }

    public OtherCommittee update(Long id, long version, String name, int women, int men, int other, String note,
                                 CurrentUser user) {
        OtherCommittee c = get(id, user);
        user.requireManageAgency(c.getAgencyId());
        c.checkVersion(version);
        check(name, women, men, other);
        c.update(name.strip(), women, men, other, AgencyService.blankToNull(note));
        return c;
    }

    private static void check(String name, int women, int men, int other) {
        if (name == null || name.isBlank()) {
            throw new FieldException("name", "committee.error.required");
        }
        if (women < 0 || women > 500) {
            throw new FieldException("women", "committee.charter.error.range", 0, 500);
        }
        if (men < 0 || men > 500) {
            throw new FieldException("men", "committee.charter.error.range", 0, 500);
        }
        if (other < 0 || other > 500) {
            throw new FieldException("other", "committee.charter.error.range", 0, 500);
        }
    }
}
