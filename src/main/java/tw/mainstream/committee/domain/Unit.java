package tw.mainstream.committee.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/** A division inside an agency (單位: 組、室、大隊), e.g. 移民資訊組. */
@Entity
@Table(name = "committee_unit")
@Audited
public class Unit extends BaseEntity {

    private Long agencyId;
    private String name;
    private int sortOrder;
    private boolean active = true;

    protected Unit() {
    }

    public Unit(Long agencyId, String name, int sortOrder) {
        this.agencyId = agencyId;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void update(String name, int sortOrder, boolean active) {
        this.name = name;
        this.sortOrder = sortOrder;
        this.active = active;
    }
}
