package tw.mainstream.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year of gender training: attendances by sex and staff category against the headcount
 * (participation rate = attendances / headcount, %; null without a headcount), and outreach
 * learners with how many used what they learned, by sex.
 */
public record TrainingSummary(int rocYear, int courses, BigDecimal hours, List<Rate> rates, int learnersMale,
                              int learnersFemale, int appliedMale, int appliedFemale) {

    /** One group (主管 男, 非主管 女 …): attendances, headcount and the rate. */
    public record Rate(String group, String sex, int attendances, Integer headcount, BigDecimal rate) {
    }

    @com.fasterxml.jackson.annotation.JsonProperty
    public BigDecimal appliedShareMale() {
        return share(appliedMale, learnersMale);
    }

    @com.fasterxml.jackson.annotation.JsonProperty
    public BigDecimal appliedShareFemale() {
        return share(appliedFemale, learnersFemale);
    }

    static BigDecimal share(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 1000L / whole, 1);
    }
}
