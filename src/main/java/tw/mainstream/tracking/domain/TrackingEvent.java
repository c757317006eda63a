package tw.mainstream.tracking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step of an item's timeline; written once, never changed. */
@Entity
@Table(name = "tracking_event")
public class TrackingEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long itemId;
    private LocalDate occurredOn;
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private EventKind kind;
    private String actor;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private TrackingProposal proposal;
    private String text;

    protected TrackingEvent() {
    }

    public TrackingEvent(Long itemId, LocalDate on, Instant at, EventKind kind, String actor, Long unitId, String text) {
        this(itemId, on, at, kind, actor, unitId, null, text);
    }

    /** A submitted report: its proposal and its text. */
    public TrackingEvent(Long itemId, LocalDate on, Instant at, EventKind kind, String actor, Long unitId,
                         TrackingProposal proposal, String text) {
        this.itemId = itemId;
        this.occurredOn = on;
        this.occurredAt = at;
        this.kind = kind;
        this.actor = actor;
        this.unitId = unitId;
        this.proposal = proposal;
        this.text = text;
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public Instant getOccurredAt() { return occurredAt; }
    public EventKind getKind() { return kind; }
    public String getActor() { return actor; }
    public Long getUnitId() { return unitId; }
    public TrackingProposal getProposal() { return proposal; }
    public String getText() { return text; }
}
