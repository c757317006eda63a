package tw.mainstream.committee.domain.compliance;

import static tw.mainstream.committee.ComplianceFinding.Level.FAIL;
import static tw.mainstream.committee.ComplianceFinding.Level.INFO;
import static tw.mainstream.committee.ComplianceFinding.Level.PASS;
import static tw.mainstream.committee.ComplianceFinding.Level.WARNING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tw.mainstream.committee.ComplianceFinding;
import tw.mainstream.committee.ComplianceReport;
import tw.mainstream.committee.ComplianceRule;
import tw.mainstream.committee.Sex;
import tw.mainstream.committee.domain.Charter;
import tw.mainstream.shared.time.RocDates;

/** Checks a roster against its charter on one date. Pure: no database, no clock. */
public final class ComplianceRules {

    static final String K = "committee.compliance.";
    public static final int TERM_NOTICE_DAYS = 60;

    private ComplianceRules() {
    }

    public static ComplianceReport check(Long taskForceId, Charter charter, List<Seat> seats, LocalDate date,
                                         Optional<LocalDate> lastMeeting) {
        List<Seat> active = seats.stream().filter(s -> s.isActiveOn(date) && s.counts()).toList();
        List<ComplianceFinding> out = new ArrayList<>();
        out.add(memberCount(charter, active.size()));
        out.addAll(GenderRule.check(charter, active));
        out.add(externalCount(charter, active));
        if (charter.getMinGecCredentialed() > 0) {
            out.add(gecCredential(charter, active, date));
        }
        out.add(termsEnding(seats, date));
        out.addAll(VacancyRule.check(charter, seats, date));
        out.addAll(reappointments(charter, active));
        out.add(meetingInterval(charter, date, lastMeeting));
        out.add(quorum(charter, active.size()));
        return new ComplianceReport(taskForceId, date, List.copyOf(out));
    }

    static ComplianceFinding finding(ComplianceRule rule, ComplianceFinding.Level level, Map<String, Integer> numbers,
                                     String key, Object... args) {
        return new ComplianceFinding(rule, level, numbers, K + key, List.of(args));
    }

    static ComplianceFinding memberCount(Charter c, int n) {
        Map<String, Integer> nums = Map.of("members", n, "min", c.getMinMembers(), "max", c.getMaxMembers());
        if (n < c.getMinMembers()) {
            return finding(ComplianceRule.MEMBER_COUNT, FAIL, nums, "count.low", n, c.getMinMembers(), c.getMaxMembers());
        }
        if (n > c.getMaxMembers()) {
            return finding(ComplianceRule.MEMBER_COUNT, FAIL, nums, "count.high", n, c.getMinMembers(), c.getMaxMembers());
        }
        return finding(ComplianceRule.MEMBER_COUNT, PASS, nums, "count.ok", n, c.getMinMembers(), c.getMaxMembers());
    }

    static ComplianceFinding externalCount(Charter c, List<Seat> active) {
        int external = (int) active.stream().filter(s -> !s.internal()).count();
        Integer max = c.getMaxExternal();
        Map<String, Integer> nums = max == null ? Map.of("external", external, "min", c.getMinExternal())
                : Map.of("external", external, "min", c.getMinExternal(), "max", max);
        if (external < c.getMinExternal()) {
            return finding(ComplianceRule.EXTERNAL_COUNT, FAIL, nums, "external.low", external, c.getMinExternal());
        }
        if (max != null && external > max) {
            return finding(ComplianceRule.EXTERNAL_COUNT, FAIL, nums, "external.high", external, max);
        }
        return finding(ComplianceRule.EXTERNAL_COUNT, PASS, nums, "external.ok", external, c.getMinExternal());
    }

    /** External members who sit on the Executive Yuan Gender Equality Committee now or did within X years. */
    static ComplianceFinding gecCredential(Charter c, List<Seat> active, LocalDate date) {
        LocalDate since = date.minusYears(c.getGecCredentialYears());
        int credentialed = (int) active.stream()
                .filter(s -> !s.internal() && s.gecMemberUntil() != null && !s.gecMemberUntil().isBefore(since))
                .count();
        Map<String, Integer> nums = Map.of("credentialed", credentialed, "required", c.getMinGecCredentialed(),
                "years", c.getGecCredentialYears());
        boolean ok = credentialed >= c.getMinGecCredentialed();
        return finding(ComplianceRule.GEC_CREDENTIAL, ok ? PASS : FAIL, nums, ok ? "gec.ok" : "gec.fail",
                credentialed, c.getMinGecCredentialed(), c.getGecCredentialYears());
    }

    static ComplianceFinding termsEnding(List<Seat> seats, LocalDate date) {
        LocalDate until = date.plusDays(TERM_NOTICE_DAYS);
        List<Seat> ending = seats.stream()
                .filter(s -> s.isActiveOn(date) && s.termEndsOn() != null && !s.termEndsOn().isAfter(until))
                .toList();
        if (ending.isEmpty()) {
            return finding(ComplianceRule.TERMS_ENDING, PASS, Map.of("ending", 0), "terms.none", TERM_NOTICE_DAYS);
        }
        String names = ending.stream().map(s -> s.name() + "（" + RocDates.formatShort(s.termEndsOn()) + "）")
                .collect(Collectors.joining("、"));
        return finding(ComplianceRule.TERMS_ENDING, WARNING, Map.of("ending", ending.size()), "terms.ending",
                ending.size(), TERM_NOTICE_DAYS, names);
    }

    static List<ComplianceFinding> reappointments(Charter c, List<Seat> active) {
        Integer max = c.getMaxReappointments();
        if (max == null) {
            return List.of();
        }
        List<ComplianceFinding> out = active.stream().filter(s -> !s.internal() && s.reappointments() > max)
                .map(s -> finding(ComplianceRule.REAPPOINTMENT, FAIL,
                        Map.of("reappointments", s.reappointments(), "max", max), "reappointment.fail",
                        s.name(), s.reappointments(), max))
                .toList();
        return out.isEmpty()
                ? List.of(finding(ComplianceRule.REAPPOINTMENT, PASS, Map.of("max", max), "reappointment.ok", max))
                : out;
    }

    static ComplianceFinding meetingInterval(Charter c, LocalDate date, Optional<LocalDate> last) {
        int months = c.getMeetingIntervalMonths();
        if (last.isEmpty()) {
            return finding(ComplianceRule.MEETING_INTERVAL, INFO, Map.of("months", months), "meeting.none", months);
        }
        LocalDate due = last.get().plusMonths(months);
        boolean overdue = date.isAfter(due);
        return finding(ComplianceRule.MEETING_INTERVAL, overdue ? FAIL : PASS, Map.of("months", months),
                overdue ? "meeting.overdue" : "meeting.ok",
                RocDates.formatShort(last.get()), RocDates.formatShort(due), months);
    }

    static ComplianceFinding quorum(Charter c, int n) {
        int required = c.getQuorumRule().required(n);
        return finding(ComplianceRule.QUORUM, INFO, Map.of("members", n, "required", required), "quorum",
                n, Labels.of("committee.quorumRule." + c.getQuorumRule()), required);
    }

    static Sex[] ruledSexes() {
        return new Sex[] {Sex.FEMALE, Sex.MALE};
    }
}
