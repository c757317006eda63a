package tw.mainstream.tracking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/** A meeting's decision on an item (解除列管 / 繼續列管) with remarks and new instructions. */
@Entity
@Table(name = "tracking_decision")
@Audited
public class TrackingDecision extends BaseEntity {

    private Long agencyId;
    private Long itemId;
    private Long meetingId;
    private LocalDate meetingDate;
    private String meetingLabel;
    @Enumerated(EnumType.STRING)
    private DecisionKind kind;
    private String remarks;
    private String newInstructions;
    private Instant decidedAt;

    protected TrackingDecision() {
    }

    /** Records the decision and applies it to the item: the only way an item closes. */
    public static TrackingDecision decide(TrackedItem item, Long meetingId, LocalDate meetingDate, String meetingLabel,
                                          DecisionKind kind, String remarks, String newInstructions, Instant now) {
        TrackingDecision d = new TrackingDecision();
        d.agencyId = item.getAgencyId();
        d.itemId = item.getId();
        d.meetingId = meetingId;
        d.meetingDate = meetingDate;
        d.meetingLabel = meetingLabel;
        d.kind = kind;
        d.remarks = blankToNull(remarks);
        d.newInstructions = blankToNull(newInstructions);
        d.decidedAt = now;
        item.apply(d);
        return d;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getAgencyId() { return agencyId; }
    public Long getItemId() { return itemId; }
    public Long getMeetingId() { return meetingId; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getMeetingLabel() { return meetingLabel; }
    public DecisionKind getKind() { return kind; }
    public String getRemarks() { return remarks; }
    public String getNewInstructions() { return newInstructions; }
    public Instant getDecidedAt() { return decidedAt; }
}
