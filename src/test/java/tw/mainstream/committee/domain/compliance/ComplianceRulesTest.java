package tw.mainstream.committee.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import tw.mainstream.committee.ComplianceFinding;
import tw.mainstream.committee.ComplianceFinding.Level;
import tw.mainstream.committee.ComplianceReport;
import tw.mainstream.committee.ComplianceRule;
import tw.mainstream.committee.QuorumRule;
import tw.mainstream.committee.Role;
import tw.mainstream.committee.Sex;
import tw.mainstream.committee.domain.Charter;

class ComplianceRulesTest {

    static final LocalDate DAY = LocalDate.of(2022, 7, 25);
    static final LocalDate START = LocalDate.of(2022, 1, 1);
    static final LocalDate TERM_END = LocalDate.of(2023, 12, 31);

    static List<Seat> roster(int women, int men, int external) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < women + men; i++) {
            seats.add(Seat.of("委員" + i, i < women ? Sex.FEMALE : Sex.MALE, i == 0 ? Role.CONVENER : Role.MEMBER,
                    i >= external, START, TERM_END));
        }
        return seats;
    }

    static ComplianceReport check(Charter c, List<Seat> seats) {
        return ComplianceRules.check(1L, c, seats, DAY, Optional.empty());
    }

    static String message(ComplianceFinding f, Locale locale) {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames("classpath:i18n/committee");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source.getMessage(f.messageKey(), f.argArray(), locale);
    }

    @Test
    void sevenMembersNeedAtLeastThreeOfEachSex() {
        assertThat(new Charter().minPerSex(7)).isEqualTo(3);
        assertThat(check(new Charter(), roster(3, 4, 2)).finding(ComplianceRule.GENDER).level()).isEqualTo(Level.PASS);
        ComplianceReport two = check(new Charter(), roster(2, 5, 2));
        assertThat(two.finding(ComplianceRule.GENDER).level()).isEqualTo(Level.FAIL);
        assertThat(two.finding(ComplianceRule.GENDER).numbers()).containsEntry("required", 3).containsEntry("count", 2);
    }

    @Test
    void tenMembersQuorumIsFiveAtLeastHalfAndSixMajority() {
        assertThat(QuorumRule.AT_LEAST_HALF.required(10)).isEqualTo(5);
        assertThat(QuorumRule.MAJORITY.required(10)).isEqualTo(6);
        assertThat(QuorumRule.AT_LEAST_HALF.required(9)).isEqualTo(QuorumRule.MAJORITY.required(9));
        ComplianceFinding q = check(new Charter().quorum(QuorumRule.MAJORITY), roster(5, 5, 2)).finding(ComplianceRule.QUORUM);
        assertThat(q.numbers()).containsEntry("required", 6);
    }

    @Test
    void nineMembersWithTwoWomenFailsWithTheExactMessage() {
        ComplianceReport report = check(new Charter(), roster(2, 7, 3));
        ComplianceFinding gender = report.finding(ComplianceRule.GENDER);
        assertThat(report.passed()).isFalse();
        assertThat(message(gender, Locale.TRADITIONAL_CHINESE)).isEqualTo("女性委員 2 人，少於三分之一（9 人需至少 3 人）");
        assertThat(message(gender, Locale.ENGLISH)).isEqualTo("Women: 2, below 1/3 (9 members need at least 3)");
    }

    @Test
    void recordedExceptionTurnsTheGenderFailureIntoAWarningWithTheReason() {
        Charter c = new Charter().genderException("業務性質特殊，專業人才性別分布懸殊");
        ComplianceReport report = check(c, roster(2, 7, 3));
        assertThat(report.finding(ComplianceRule.GENDER).level()).isEqualTo(Level.WARNING);
        assertThat(report.passed()).isTrue();
        assertThat(message(report.finding(ComplianceRule.GENDER), Locale.TRADITIONAL_CHINESE)).endsWith("專業人才性別分布懸殊");
    }

    @Test
    void otherFractionsRoundUp() {
        Charter twoFifths = new Charter().genderRule(2, 5);
        assertThat(twoFifths.minPerSex(9)).isEqualTo(4);
        assertThat(message(check(twoFifths, roster(3, 6, 3)).finding(ComplianceRule.GENDER), Locale.TRADITIONAL_CHINESE))
                .contains("少於五分之二");
    }

    @Test
    void memberCountOutsideTheRangeFails() {
        Charter c = new Charter().members(9, 11);
        assertThat(check(c, roster(3, 5, 3)).finding(ComplianceRule.MEMBER_COUNT).messageKey()).endsWith("count.low");
        assertThat(check(c, roster(6, 6, 3)).finding(ComplianceRule.MEMBER_COUNT).messageKey()).endsWith("count.high");
        assertThat(check(c, roster(4, 6, 3)).finding(ComplianceRule.MEMBER_COUNT).passed()).isTrue();
    }

    @Test
    void externalMinimumAndMaximum() {
        Charter c = new Charter().external(3, 5);
        assertThat(check(c, roster(4, 5, 2)).finding(ComplianceRule.EXTERNAL_COUNT).level()).isEqualTo(Level.FAIL);
        assertThat(check(c, roster(4, 5, 6)).finding(ComplianceRule.EXTERNAL_COUNT).messageKey()).endsWith("external.high");
        assertThat(check(c, roster(4, 5, 4)).finding(ComplianceRule.EXTERNAL_COUNT).passed()).isTrue();
    }

    @Test
    void gecCredentialCountsCurrentOrRecentExternalMembersOnly() {
        Charter c = new Charter().gecCredential(1, 2);
        List<Seat> seats = roster(4, 5, 3);
        assertThat(check(c, seats).finding(ComplianceRule.GEC_CREDENTIAL).level()).isEqualTo(Level.FAIL);
        Seat old = seats.get(0);
        seats.set(0, new Seat(null, old.name(), old.sex(), old.role(), false, false, null, START, TERM_END, null, 0,
                DAY.minusYears(3)));
        assertThat(check(c, seats).finding(ComplianceRule.GEC_CREDENTIAL).passed()).isFalse();
        seats.set(0, new Seat(null, old.name(), old.sex(), old.role(), false, false, null, START, TERM_END, null, 0,
                DAY.minusYears(1)));
        assertThat(check(c, seats).finding(ComplianceRule.GEC_CREDENTIAL).passed()).isTrue();
    }

    @Test
    void termsEndingWithinSixtyDaysAreWarned() {
        List<Seat> seats = roster(4, 5, 3);
        seats.add(Seat.of("王O宜", Sex.FEMALE, Role.MEMBER, false, START, DAY.plusDays(30)));
        ComplianceFinding f = check(new Charter(), seats).finding(ComplianceRule.TERMS_ENDING);
        assertThat(f.level()).isEqualTo(Level.WARNING);
        assertThat(message(f, Locale.TRADITIONAL_CHINESE)).contains("王O宜（111/8/24）");
    }

    @Test
    void vacancyMayBeFilledOnlyWithThreeMonthsLeft() {
        List<Seat> seats = roster(4, 5, 3);
        seats.add(new Seat(null, "嚴O鸞", Sex.FEMALE, Role.MEMBER, false, false, null, START, LocalDate.of(2022, 12, 31),
                LocalDate.of(2022, 6, 1), 0, null));
        ComplianceFinding fillable = check(new Charter(), seats).finding(ComplianceRule.VACANCY);
        assertThat(fillable.messageKey()).endsWith("vacancy.fillable");
        assertThat(fillable.numbers()).containsEntry("monthsLeft", 5);
        seats.set(seats.size() - 1, new Seat(null, "嚴O鸞", Sex.FEMALE, Role.MEMBER, false, false, null, START,
                LocalDate.of(2022, 9, 30), LocalDate.of(2022, 6, 1), 0, null));
        assertThat(check(new Charter(), seats).finding(ComplianceRule.VACANCY).messageKey()).endsWith("vacancy.notFillable");
        seats.add(Seat.of("補聘委員", Sex.FEMALE, Role.MEMBER, false, LocalDate.of(2022, 7, 1), LocalDate.of(2022, 9, 30)));
        assertThat(check(new Charter(), seats).finding(ComplianceRule.VACANCY).messageKey()).endsWith("vacancy.none");
    }

    @Test
    void reappointmentLimitAppliesToExternalMembers() {
        List<Seat> seats = roster(4, 5, 0);
        seats.add(new Seat(null, "吳O麗", Sex.FEMALE, Role.MEMBER, false, false, null, START, TERM_END, null, 3, null));
        ComplianceFinding f = check(new Charter().term(2, 2), seats).finding(ComplianceRule.REAPPOINTMENT);
        assertThat(f.level()).isEqualTo(Level.FAIL);
        assertThat(message(f, Locale.TRADITIONAL_CHINESE)).isEqualTo("外聘委員 吳O麗 已續聘 3 次，超過上限 2 次。");
    }

    @Test
    void meetingIntervalOverdueAfterTheCharterMonths() {
        Charter c = new Charter().meetingInterval(6);
        assertThat(ComplianceRules.check(1L, c, roster(4, 5, 3), DAY, Optional.of(LocalDate.of(2022, 1, 24)))
                .finding(ComplianceRule.MEETING_INTERVAL).level()).isEqualTo(Level.FAIL);
        assertThat(ComplianceRules.check(1L, c, roster(4, 5, 3), DAY, Optional.of(LocalDate.of(2022, 1, 25)))
                .finding(ComplianceRule.MEETING_INTERVAL).level()).isEqualTo(Level.PASS);
        assertThat(check(c, roster(4, 5, 3)).finding(ComplianceRule.MEETING_INTERVAL).level()).isEqualTo(Level.INFO);
    }

    @Test
    void endedAndFutureSeatsAndStaffDoNotCount() {
        List<Seat> seats = roster(3, 4, 2);
        seats.add(Seat.of("未來委員", Sex.MALE, Role.MEMBER, true, DAY.plusDays(1), TERM_END));
        seats.add(Seat.of("執行秘書", Sex.MALE, Role.EXECUTIVE_SECRETARY, true, START, null));
        assertThat(check(new Charter(), seats).finding(ComplianceRule.MEMBER_COUNT).numbers()).containsEntry("members", 7);
    }
}
