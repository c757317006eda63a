package tw.mainstream.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import tw.mainstream.shared.domain.BaseEntity;

/** The text of one confirmed revision of the minutes, kept readable after a correction. Never edited. */
@Entity
@Table(name = "meeting_minutes_revision")
public class MinutesRevision extends BaseEntity {

    private Long minutesId;
    private int revision;
    private String reason;
    private Instant confirmedAt;
    private String confirmedBy;
    /** The internal minutes as HTML, as confirmed. */
    private String snapshot;

    protected MinutesRevision() {
    }

    public MinutesRevision(Long minutesId, int revision, String reason, Instant confirmedAt, String confirmedBy,
                           String snapshot) {
        this.minutesId = minutesId;
        this.revision = revision;
        this.reason = reason;
        this.confirmedAt = confirmedAt;
        this.confirmedBy = confirmedBy;
        this.snapshot = snapshot;
    }

    public Long getMinutesId() { return minutesId; }
    public int getRevision() { return revision; }
    public String getReason() { return reason; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public String getSnapshot() { return snapshot; }
}
