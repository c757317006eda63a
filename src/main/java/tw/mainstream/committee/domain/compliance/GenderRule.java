package tw.mainstream.committee.domain.compliance;

import static tw.mainstream.committee.ComplianceFinding.Level.FAIL;
import static tw.mainstream.committee.ComplianceFinding.Level.PASS;
import static tw.mainstream.committee.ComplianceFinding.Level.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.mainstream.committee.ComplianceFinding;
import tw.mainstream.committee.ComplianceRule;
import tw.mainstream.committee.Sex;
import tw.mainstream.committee.domain.Charter;

/**
 * 任一性別不得少於三分之一: each of women and men at least ⌈n × num / den⌉. A recorded
 * special-circumstances exception turns a failure into a warning that quotes the reason.
 */
final class GenderRule {
    private GenderRule() {
    }

    static List<ComplianceFinding> check(Charter c, List<Seat> active) {
        int n = active.size();
        int required = c.minPerSex(n);
        int women = count(active, Sex.FEMALE);
        int men = count(active, Sex.MALE);
        Object fraction = Labels.fraction(c.getGenderRuleNumerator(), c.getGenderRuleDenominator());
        List<ComplianceFinding> out = new ArrayList<>();
        for (Sex sex : ComplianceRules.ruledSexes()) {
            int have = sex == Sex.FEMALE ? women : men;
            if (have >= required) {
                continue;
            }
            Map<String, Integer> nums = Map.of("members", n, "count", have, "required", required);
            Object label = Labels.of("committee.compliance.sex." + sex);
            if (c.isGenderRuleException()) {
                out.add(ComplianceRules.finding(ComplianceRule.GENDER, WARNING, nums, "gender.exception",
                        label, have, fraction, n, required, c.getGenderRuleExceptionReason()));
            } else {
                out.add(ComplianceRules.finding(ComplianceRule.GENDER, FAIL, nums, "gender.fail",
                        label, have, fraction, n, required));
            }
        }
        if (out.isEmpty()) {
            out.add(ComplianceRules.finding(ComplianceRule.GENDER, PASS,
                    Map.of("members", n, "women", women, "men", men, "required", required), "gender.ok",
                    women, men, fraction, n, required));
        }
        return out;
    }

    private static int count(List<Seat> seats, Sex sex) {
        return (int) seats.stream().filter(s -> s.sex() == sex).count();
    }
}
