package tw.mainstream.tracking.datacall;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/**
 * A data call (填報): a form an agency sends with a deadline. {@code parentSubmissionId} links a
 * call an agency passed down to its own units to the submission it answers upwards.
 */
@Entity
@Table(name = "tracking_data_call")
@Audited
public class DataCall extends BaseEntity {

    private Long agencyId;
    private String title;
    private String templateCode;
    private String definition;
    private LocalDate deadline;
    private Long parentSubmissionId;
    private String createdBy;
    private Instant createdAt;

    protected DataCall() {
    }

    public DataCall(Long agencyId, String title, String templateCode, String definition, LocalDate deadline,
                    Long parentSubmissionId, String createdBy, Instant createdAt) {
        this.agencyId = agencyId;
        this.title = title;
        this.templateCode = templateCode;
        this.definition = definition;
        this.deadline = deadline;
        this.parentSubmissionId = parentSubmissionId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getAgencyId() { return agencyId; }
    public String getTitle() { return title; }
    public String getTemplateCode() { return templateCode; }
    public String getDefinition() { return definition; }
    public LocalDate getDeadline() { return deadline; }
    public Long getParentSubmissionId() { return parentSubmissionId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
