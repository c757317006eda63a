package tw.mainstream.committee.domain;

import tw.mainstream.committee.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/**
 * A dated seat of a person on a task force: role, internal or external, ex officio (follows the
 * post), the term, and how it ended. Changes of membership (委員異動) are these rows over time.
 */
@Entity
@Table(name = "committee_membership")
@Audited
public class Membership extends BaseEntity {

    private Long taskForceId;
    private Long personId;
    @Enumerated(EnumType.STRING)
    private Role role;
    /** 外聘 when false. */
    private boolean internal;
    /** 當然委員: the seat belongs to a post (e.g. 秘書室主任), not the person. */
    private boolean exOfficio;
    private String post;
    private LocalDate appointedOn;
    /** End of the term (任期屆滿); null for ex officio seats. */
    private LocalDate termEndsOn;
    /** When the seat actually ended (卸任); null while active. */
    private LocalDate endedOn;
    private String endReason;
    /** 第幾次續聘: 0 for a first appointment. */
    private int reappointments;
    /** Member (current or within the charter's years) of the Executive Yuan Gender Equality Committee. */
    private LocalDate gecMemberUntil;

    protected Membership() {
    }

    public Membership(Long taskForceId, Long personId, Role role, boolean internal, boolean exOfficio, String post,
                      LocalDate appointedOn, LocalDate termEndsOn) {
        this.taskForceId = taskForceId;
        this.personId = personId;
        update(role, internal, exOfficio, post, appointedOn, termEndsOn, 0, null);
    }

    public Long getTaskForceId() { return taskForceId; }
    public Long getPersonId() { return personId; }
    public Role getRole() { return role; }
    public boolean isInternal() { return internal; }
    public boolean isExOfficio() { return exOfficio; }
    public String getPost() { return post; }
    public LocalDate getAppointedOn() { return appointedOn; }
    public LocalDate getTermEndsOn() { return termEndsOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getEndReason() { return endReason; }
    public int getReappointments() { return reappointments; }
    public LocalDate getGecMemberUntil() { return gecMemberUntil; }

    /** Seated on {@code date}: appointed by then and neither ended nor past the term. */
    public boolean isActiveOn(LocalDate date) {
        return !appointedOn.isAfter(date)
                && (endedOn == null || endedOn.isAfter(date))
                && (termEndsOn == null || !termEndsOn.isBefore(date));
    }

    public void end(LocalDate on, String reason) {
        this.endedOn = on;
        this.endReason = reason;
    }

    public Membership reappointments(int count) {
        this.reappointments = count;
        return this;
    }

    public Membership gecMemberUntil(LocalDate until) {
        this.gecMemberUntil = until;
        return this;
    }

    public void update(Role role, boolean internal, boolean exOfficio, String post, LocalDate appointedOn,
                       LocalDate termEndsOn, int reappointments, LocalDate gecMemberUntil) {
        this.role = role;
        this.internal = internal;
        this.exOfficio = exOfficio;
        this.post = post;
        this.appointedOn = appointedOn;
        this.termEndsOn = termEndsOn;
        this.reappointments = reappointments;
        this.gecMemberUntil = gecMemberUntil;
    }
}
