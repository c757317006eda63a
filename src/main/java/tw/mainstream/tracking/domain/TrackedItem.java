package tw.mainstream.tracking.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import tw.mainstream.shared.domain.BaseEntity;
import tw.mainstream.shared.domain.DomainException;

/**
 * A tracked item (列管事項): work a resolution (or a higher body) assigned to a lead unit and its
 * supporting units. Its origin is kept by ids and a text snapshot, never by a relation into the
 * meeting module. It closes only through {@link #apply(TrackingDecision)}.
 */
@Entity
@Table(name = "tracking_item")
@Audited
public class TrackedItem extends BaseEntity {

    private Long agencyId;
    private Long taskForceId;
    private String content;
    private Long leadUnitId;
    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "tracking_item_unit", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "unit_id")
    private Set<Long> supportingUnitIds = new LinkedHashSet<>();
    @Enumerated(EnumType.STRING)
    private DueKind dueKind;
    private LocalDate dueDate;
    private Long originMeetingId;
    private Long originAgendaItemId;
    private Long originResolutionId;
    private String originLabel;
    private LocalDate originDate;
    private String remarks;
    @Enumerated(EnumType.STRING)
    private ItemStatus status = ItemStatus.OPEN;
    /** Reporting round: 1 when opened, one more after each 繼續列管. */
    private int round = 1;
    private LocalDate closedOn;
    private String closedMeetingLabel;
    private Instant openedAt;

    protected TrackedItem() {
    }

    public TrackedItem(Long agencyId, Long taskForceId, String content, Long leadUnitId, Set<Long> supportingUnitIds,
                       DueKind dueKind, LocalDate dueDate, Origin origin, Instant openedAt) {
        this.agencyId = agencyId;
        this.taskForceId = taskForceId;
        this.openedAt = openedAt;
        this.originMeetingId = origin.meetingId();
        this.originAgendaItemId = origin.agendaItemId();
        this.originResolutionId = origin.resolutionId();
        this.originLabel = origin.label();
        this.originDate = origin.date();
        edit(content, leadUnitId, supportingUnitIds, dueKind, dueDate, null);
    }

    /** Changes what the item asks; refused once it is closed. */
    public void edit(String content, Long leadUnitId, Set<Long> supporting, DueKind dueKind, LocalDate dueDate,
                     String remarks) {
        requireOpen();
        if (dueKind == DueKind.DATE && dueDate == null) {
            throw DomainException.invalid("tracking.error.dueDateRequired");
        }
        this.content = content;
        this.leadUnitId = leadUnitId;
        this.supportingUnitIds.clear();
        supporting.stream().filter(u -> !u.equals(leadUnitId)).forEach(this.supportingUnitIds::add);
        this.dueKind = dueKind;
        this.dueDate = dueKind == DueKind.DATE ? dueDate : null;
        this.remarks = remarks;
    }

    public void requireOpen() {
        if (status == ItemStatus.CLOSED) {
            throw DomainException.invalid("tracking.error.closed", getId());
        }
    }

    /** Lead or supporting unit: may report on this item. */
    public boolean involves(Long unitId) {
        return unitId != null && (unitId.equals(leadUnitId) || supportingUnitIds.contains(unitId));
    }

    /** The meeting decided: close the item, or keep it and open the next reporting round. */
    void apply(TrackingDecision decision) {
        requireOpen();
        if (decision.getKind() == DecisionKind.CLOSE) {
            status = ItemStatus.CLOSED;
            closedOn = decision.getMeetingDate();
            closedMeetingLabel = decision.getMeetingLabel();
        } else {
            round++;
            if (dueKind == DueKind.DATE && dueDate != null && !dueDate.isAfter(decision.getMeetingDate())) {
                dueKind = DueKind.NEXT_MEETING;
                dueDate = null;
            }
        }
    }

    public Long getAgencyId() { return agencyId; }
    public Long getTaskForceId() { return taskForceId; }
    public String getContent() { return content; }
    public Long getLeadUnitId() { return leadUnitId; }
    public Set<Long> getSupportingUnitIds() { return Set.copyOf(supportingUnitIds); }
    public DueKind getDueKind() { return dueKind; }
    public LocalDate getDueDate() { return dueDate; }
    public Long getOriginMeetingId() { return originMeetingId; }
    public Long getOriginAgendaItemId() { return originAgendaItemId; }
    public Long getOriginResolutionId() { return originResolutionId; }
    public String getOriginLabel() { return originLabel; }
    public LocalDate getOriginDate() { return originDate; }
    public String getRemarks() { return remarks; }
    public ItemStatus getStatus() { return status; }
    public boolean isClosed() { return status == ItemStatus.CLOSED; }
    public int getRound() { return round; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getClosedMeetingLabel() { return closedMeetingLabel; }
    public Instant getOpenedAt() { return openedAt; }
}
