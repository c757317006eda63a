package tw.mainstream.committee.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/** An agency's gender equality task force (性別平等專案小組) with its charter. */
@Entity
@Table(name = "committee_task_force")
@Audited
public class TaskForce extends BaseEntity {

    private Long agencyId;
    private String name;
    @Embedded
    private Charter charter = new Charter();

    protected TaskForce() {
    }

    public TaskForce(Long agencyId, String name, Charter charter) {
        this.agencyId = agencyId;
        this.name = name;
        this.charter = charter;
    }

    public Long getAgencyId() { return agencyId; }
    public String getName() { return name; }
    public Charter getCharter() { return charter; }

    public void rename(String name) {
        this.name = name;
    }
}
