package tw.mainstream.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A gender training course with participation by sex: staff courses count managers (主管) and
 * other staff (非主管); public and outreach courses count learners, and for outreach the
 * learners who, at follow-up, used what they learned.
 */
public record TrainingCourseView(Long id, Long agencyId, String topic, BigDecimal hours, String format, LocalDate heldOn,
                                 String audience, boolean outreach, int managersMale, int managersFemale,
                                 int staffMale, int staffFemale, int learnersMale, int learnersFemale,
                                 int appliedMale, int appliedFemale) {

    @com.fasterxml.jackson.annotation.JsonProperty
    public int participants() {
        return managersMale + managersFemale + staffMale + staffFemale + learnersMale + learnersFemale;
    }
}
