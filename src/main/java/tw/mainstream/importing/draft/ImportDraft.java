package tw.mainstream.importing.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import tw.mainstream.shared.domain.BaseEntity;
import tw.mainstream.shared.domain.DomainException;

/**
 * Minutes read from one uploaded file, for the secretariat to check against the source text: the
 * text, the structure as the importer read it (kept as is) and as edited ({@link DraftContent}), and
 * the fields the importer was not sure of.
 */
@Entity
@Table(name = "importing_draft")
public class ImportDraft extends BaseEntity {

    private Long agencyId;
    private Long taskForceId;
    private String fileName;
    @Column(length = 1_000_000)
    private String sourceText;
    @Column(length = 1_000_000)
    private String parsedJson;
    @Column(length = 1_000_000)
    private String contentJson;
    /** Field paths (date, items[1].resolutions[0].outcome), one a line. */
    @Column(length = 8000)
    private String uncertainFields;
    @Enumerated(EnumType.STRING)
    private DraftStatus status = DraftStatus.DRAFT;
    private Long meetingId;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;

    protected ImportDraft() {
    }

    public ImportDraft(Long agencyId, Long taskForceId, String fileName, String sourceText, String parsedJson,
                       String contentJson, List<String> uncertain, String createdBy, Instant createdAt) {
        this.agencyId = agencyId;
        this.taskForceId = taskForceId;
        this.fileName = fileName;
        this.sourceText = sourceText;
        this.parsedJson = parsedJson;
        this.contentJson = contentJson;
        this.uncertainFields = String.join("\n", uncertain);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void requireDraft() {
        if (status != DraftStatus.DRAFT) {
            throw new DomainException("importing.error.notDraft", 409);
        }
    }

    public void edit(String contentJson, List<String> uncertain, String by, Instant at) {
        requireDraft();
        this.contentJson = contentJson;
        this.uncertainFields = String.join("\n", uncertain);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void saved(Long meetingId, String by, Instant at) {
        requireDraft();
        this.status = DraftStatus.SAVED;
        this.meetingId = meetingId;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void discard(String by, Instant at) {
        requireDraft();
        this.status = DraftStatus.DISCARDED;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public List<String> uncertain() {
        return uncertainFields == null || uncertainFields.isEmpty() ? List.of()
                : Arrays.asList(uncertainFields.split("\n"));
    }

    public Long getAgencyId() { return agencyId; }
    public Long getTaskForceId() { return taskForceId; }
    public String getFileName() { return fileName; }
    public String getSourceText() { return sourceText; }
    public String getParsedJson() { return parsedJson; }
    public String getContentJson() { return contentJson; }
    public DraftStatus getStatus() { return status; }
    public Long getMeetingId() { return meetingId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
