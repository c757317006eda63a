package tw.mainstream.statistics.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import tw.mainstream.statistics.TrainingCourseView;

/** A training course as the page binds it; the date accepts ROC input (111/7/25). */
public record TrainingForm(@NotBlank(message = "{training.topic.required}") @Size(max = 300) String topic,
                           @NotNull(message = "{training.hours.required}") @DecimalMin(value = "0.5", message = "{training.hours.required}") BigDecimal hours,
                           @NotBlank String format, @NotNull(message = "{error.date}") LocalDate heldOn,
                           @NotBlank String audience, boolean outreach,
                           @Min(0) int managersMale, @Min(0) int managersFemale, @Min(0) int staffMale, @Min(0) int staffFemale,
                           @Min(0) int learnersMale, @Min(0) int learnersFemale, @Min(0) int appliedMale, @Min(0) int appliedFemale) {

    static TrainingForm empty() {
        return new TrainingForm("", BigDecimal.valueOf(2), "實體", null, "STAFF", false, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    TrainingCourseView view() {
        return new TrainingCourseView(null, null, topic.strip(), hours, format, heldOn, audience, outreach, managersMale,
                managersFemale, staffMale, staffFemale, learnersMale, learnersFemale, appliedMale, appliedFemale);
    }
}
