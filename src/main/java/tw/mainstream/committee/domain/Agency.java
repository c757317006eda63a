package tw.mainstream.committee.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/** A ministry, agency or city bureau (機關), with its parent (內政部 → 移民署). */
@Entity
@Table(name = "committee_agency")
@Audited
public class Agency extends BaseEntity {

    private String name;
    private String shortName;
    private Long parentId;

    protected Agency() {
    }

    public Agency(String name, String shortName, Long parentId) {
        this.name = name;
        this.shortName = shortName;
        this.parentId = parentId;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public Long getParentId() {
        return parentId;
    }

    /** The agency's own id: history and scope checks read it like any other record's agency. */
    public Long getAgencyId() {
        return getId();
    }

    public void rename(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }

    public void moveUnder(Long parentId) {
        this.parentId = parentId;
    }
}
