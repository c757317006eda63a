package tw.mainstream.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/** Someone in attendance who is not a member (列席), with organisation and title. */
@Entity
@Table(name = "meeting_observer")
@Audited
public class Observer extends BaseEntity {

    private Long meetingId;
    private int position;
    private String name;
    private String affiliation;
    @Enumerated(EnumType.STRING)
    private NameCategory category = NameCategory.STAFF;

    protected Observer() {
    }

    public Observer(Long meetingId, int position, String name, String affiliation, NameCategory category) {
        this.meetingId = meetingId;
        this.position = position;
        this.name = name;
        this.affiliation = affiliation;
        this.category = category;
    }

    public Long getMeetingId() { return meetingId; }
    public int getPosition() { return position; }
    public String getName() { return name; }
    public String getAffiliation() { return affiliation; }
    public NameCategory getCategory() { return category; }
}
