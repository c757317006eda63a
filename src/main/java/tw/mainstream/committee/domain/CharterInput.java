package tw.mainstream.committee.domain;

import java.math.BigDecimal;
import tw.mainstream.committee.QuorumRule;

/** Every rule of a charter as entered; {@link TaskForceService} checks that they make sense together. */
public record CharterInput(int minMembers, int maxMembers, int genderRuleNumerator, int genderRuleDenominator,
                           boolean genderRuleException, String genderRuleExceptionReason, int minExternal,
                           Integer maxExternal, int minGecCredentialed, int gecCredentialYears, int termYears,
                           Integer maxReappointments, int vacancyMinMonths, int meetingIntervalMonths,
                           QuorumRule quorumRule, boolean chairBreaksTies, boolean internalProxiesAllowed,
                           BigDecimal attendanceFee, String reportsTo) {

    public static CharterInput of(Charter c) {
        return new CharterInput(c.getMinMembers(), c.getMaxMembers(), c.getGenderRuleNumerator(),
                c.getGenderRuleDenominator(), c.isGenderRuleException(), c.getGenderRuleExceptionReason(),
                c.getMinExternal(), c.getMaxExternal(), c.getMinGecCredentialed(), c.getGecCredentialYears(),
                c.getTermYears(), c.getMaxReappointments(), c.getVacancyMinMonths(), c.getMeetingIntervalMonths(),
                c.getQuorumRule(), c.isChairBreaksTies(), c.isInternalProxiesAllowed(), c.getAttendanceFee(),
                c.getReportsTo());
    }

    /** Checks the rules together; the first problem is thrown as a field error. */
    Charter toCharter() {
        if (minMembers < 1) {
            throw new FieldException("minMembers", "committee.charter.error.minMembers");
        }
        if (maxMembers < minMembers) {
            throw new FieldException("maxMembers", "committee.charter.error.maxBelowMin", minMembers);
        }
        if (genderRuleDenominator < 2 || genderRuleNumerator < 1 || 2 * genderRuleNumerator > genderRuleDenominator) {
            throw new FieldException("genderRuleNumerator", "committee.charter.error.fraction");
        }
        if (genderRuleException && (genderRuleExceptionReason == null || genderRuleExceptionReason.isBlank())) {
            throw new FieldException("genderRuleExceptionReason", "committee.charter.error.exceptionReason");
        }
        if (minExternal < 0 || minExternal > maxMembers) {
            throw new FieldException("minExternal", "committee.charter.error.minExternal", maxMembers);
        }
        if (maxExternal != null && (maxExternal < minExternal || maxExternal > maxMembers)) {
            throw new FieldException("maxExternal", "committee.charter.error.maxExternal", minExternal, maxMembers);
        }
        if (minGecCredentialed < 0 || (maxExternal != null && minGecCredentialed > maxExternal)) {
            throw new FieldException("minGecCredentialed", "committee.charter.error.gec");
        }
        if (gecCredentialYears < 0 || gecCredentialYears > 20) {
            throw new FieldException("gecCredentialYears", "committee.charter.error.range", 0, 20);
        }
        if (termYears < 1 || termYears > 10) {
            throw new FieldException("termYears", "committee.charter.error.range", 1, 10);
        }
        if (maxReappointments != null && maxReappointments < 0) {
            throw new FieldException("maxReappointments", "committee.charter.error.range", 0, 99);
        }
        if (vacancyMinMonths < 0 || vacancyMinMonths > 12 * termYears) {
            throw new FieldException("vacancyMinMonths", "committee.charter.error.range", 0, 12 * termYears);
        }
        if (meetingIntervalMonths < 1 || meetingIntervalMonths > 12) {
            throw new FieldException("meetingIntervalMonths", "committee.charter.error.range", 1, 12);
        }
        if (quorumRule == null) {
            throw new FieldException("quorumRule", "committee.error.required");
        }
        if (attendanceFee != null && attendanceFee.signum() < 0) {
            throw new FieldException("attendanceFee", "committee.charter.error.range", 0, 100000);
        }
        return new Charter().members(minMembers, maxMembers).genderRule(genderRuleNumerator, genderRuleDenominator)
                .genderException(genderRuleException ? genderRuleExceptionReason.strip() : null)
                .external(minExternal, maxExternal).gecCredential(minGecCredentialed, gecCredentialYears)
                .term(termYears, maxReappointments).vacancyMinMonths(vacancyMinMonths)
                .meetingInterval(meetingIntervalMonths).quorum(quorumRule).chairBreaksTies(chairBreaksTies)
                .internalProxies(internalProxiesAllowed).attendanceFee(attendanceFee)
                .reportsTo(AgencyService.blankToNull(reportsTo));
    }
}
