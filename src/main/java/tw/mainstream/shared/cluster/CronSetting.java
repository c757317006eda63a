package tw.mainstream.shared.cluster;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.support.CronExpression;

/**
 * A setting that holds a cron expression (second minute hour day month weekday, e.g. {@code 0 0 8 * * *}),
 * or {@code -} for never: a wrong one stops start-up with a message naming the setting.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CronSetting.Validator.class)
public @interface CronSetting {

    String message() default "must be a cron expression of six fields (second minute hour day month weekday, "
            + "e.g. 0 0 8 * * *) or - for never";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts {@code -} and what Spring's {@link CronExpression} parses; a missing value is {@code @NotNull}'s. */
    class Validator implements ConstraintValidator<CronSetting, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CronJob.OFF.equals(value) || CronExpression.isValidExpression(value);
        }
    }
}
