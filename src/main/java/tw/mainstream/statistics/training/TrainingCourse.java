package tw.mainstream.statistics.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;
import tw.mainstream.statistics.TrainingCourseView;

/** A gender training course (性別意識培力) of an agency and its participation by sex. */
@Entity
@Table(name = "statistics_training_course")
@Audited
public class TrainingCourse extends BaseEntity {

    private Long agencyId;
    private String topic;
    private BigDecimal hours;
    @Column(name = "course_format")
    private String format;
    private LocalDate heldOn;
    private String audience;
    private boolean outreach;
    private int managersMale;
    private int managersFemale;
    private int staffMale;
    private int staffFemale;
    private int learnersMale;
    private int learnersFemale;
    private int appliedMale;
    private int appliedFemale;

    protected TrainingCourse() {
    }

    public TrainingCourse(Long agencyId, TrainingCourseView v) {
        this.agencyId = agencyId;
        update(v);
    }

    public void update(TrainingCourseView v) {
        topic = v.topic();
        hours = v.hours();
        format = v.format();
        heldOn = v.heldOn();
        audience = v.audience();
        outreach = v.outreach();
        managersMale = v.managersMale();
        managersFemale = v.managersFemale();
        staffMale = v.staffMale();
        staffFemale = v.staffFemale();
        learnersMale = v.learnersMale();
        learnersFemale = v.learnersFemale();
        appliedMale = v.appliedMale();
        appliedFemale = v.appliedFemale();
    }

    public TrainingCourseView view() {
        return new TrainingCourseView(getId(), agencyId, topic, hours, format, heldOn, audience, outreach, managersMale,
                managersFemale, staffMale, staffFemale, learnersMale, learnersFemale, appliedMale, appliedFemale);
    }

    public Long getAgencyId() {
        return agencyId;
    }
}
