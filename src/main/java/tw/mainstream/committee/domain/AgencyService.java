package tw.mainstream.committee.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/** Agencies (admin manages) and their units (admin, or the agency's own secretariat). */
@Service
@Transactional
public class AgencyService {
    static final Comparator<Unit> UNIT_ORDER = Comparator.comparingInt(Unit::getSortOrder).thenComparing(Unit::getId);

    private final AgencyRepository agencies;
    private final UnitRepository units;

    AgencyService(AgencyRepository agencies, UnitRepository units) {
        this.agencies = agencies;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public List<Agency> list(CurrentUser user) {
        Collator collator = Collator.getInstance(Locale.TRADITIONAL_CHINESE);
        return agencies.findAll().stream().filter(a -> user.canReadAgency(a.getId()))
                .sorted(Comparator.comparing(Agency::getName, collator)).toList();
    }

    @Transactional(readOnly = true)
    public Agency get(Long id, CurrentUser user) {
        Agency a = agencies.findById(id).orElseThrow(() -> new NotFoundException("agency", id));
        user.requireReadAgency(a.getId());
        return a;
    }

    public Agency create(String name, String shortName, Long parentId, CurrentUser user) {
        requireAdmin(user);
        checkName(name, null);
        checkParent(parentId, null);
        return agencies.save(new Agency(name.strip(), blankToNull(shortName), parentId));
    }

    public Agency update(Long id, long version, String name, String shortName, Long parentId, CurrentUser user) {
        requireAdmin(user);
        Agency a = get(id, user);
        a.checkVersion(version);
        checkName(name, id);
        checkParent(parentId, id);
        a.rename(name.strip(), blankToNull(shortName));
        a.moveUnder(parentId);
        return a;
    }

    @Transactional(readOnly = true)
    public List<Unit> units(Long agencyId, CurrentUser user) {
        get(agencyId, user);
        return units.findByAgencyIdOrderBySortOrderAscIdAsc(agencyId);
    }

    public Unit createUnit(Long agencyId, String name, int sortOrder, CurrentUser user) {
        get(agencyId, user);
        user.requireManageAgency(agencyId);
        checkUnitName(agencyId, name, null);
        return units.save(new Unit(agencyId, name.strip(), sortOrder));
    }

    public Unit updateUnit(Long unitId, long version, String name, int sortOrder, boolean active, CurrentUser user) {
        Unit u = unit(unitId, user);
        user.requireManageAgency(u.getAgencyId());
        u.checkVersion(version);
        checkUnitName(u.getAgencyId(), name, unitId);
        u.update(name.strip(), sortOrder, active);
        return u;
    }

    @Transactional(readOnly = true)
    public Unit unit(Long unitId, CurrentUser user) {
        Unit u = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        user.requireReadAgency(u.getAgencyId());
        return u;
    }

    private void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new tw.mainstream.shared.domain.ForbiddenException();
        }
    }

    private void checkName(String name, Long self) {
        if (name == null || name.isBlank()) {
            throw new FieldException("name", "committee.error.required");
        }
        agencies.findByName(name.strip()).filter(a -> !a.getId().equals(self)).ifPresent(a -> {
            throw new FieldException("name", "committee.agency.error.nameTaken", name.strip());
        });
    }

    /** The parent must exist and must not be the agency itself or one of its descendants. */
    private void checkParent(Long parentId, Long self) {
        Long p = parentId;
        while (p != null) {
            if (p.equals(self)) {
                throw new FieldException("parentId", "committee.agency.error.cycle");
            }
            Long current = p;
            p = agencies.findById(current).orElseThrow(() -> new FieldException("parentId",
                    "committee.agency.error.noParent")).getParentId();
        }
    }

    private void checkUnitName(Long agencyId, String name, Long self) {
        if (name == null || name.isBlank()) {
            throw new FieldException("name", "committee.error.required");
        }
        units.findByAgencyIdAndName(agencyId, name.strip()).filter(u -> !u.getId().equals(self)).ifPresent(u -> {
            throw new FieldException("name", "committee.unit.error.nameTaken", name.strip());
        });
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static DomainException invalid(String key, Object... args) {
        return DomainException.invalid(key, args);
    }
}
