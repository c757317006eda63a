package tw.mainstream.committee.domain;

import tw.mainstream.committee.QuorumRule;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * The task force's rules (設置要點) as data. Defaults follow the common central-government
 * charter: 7–21 members, any sex at least one third, two-year terms, a meeting every 6 months.
 */
@Embeddable
public class Charter {
    private int minMembers = 7;
    private int maxMembers = 21;
    /** Numerator and denominator of the least share of any sex: 1/3 by default. */
    private int genderRuleNumerator = 1;
    private int genderRuleDenominator = 3;
    /** 特殊情形: the gender rule may be waived, but only with a recorded reason. */
    private boolean genderRuleException;
    @Column(length = 1000)
    private String genderRuleExceptionReason;
    private int minExternal = 1;
    private Integer maxExternal;
    /** At least this many external members must be current (or recent) members of the Executive Yuan Gender Equality Committee. */
    private int minGecCredentialed;
    /** "recent" above means within this many years. */
    private int gecCredentialYears = 2;
    private int termYears = 2;
    /** How many times an external member may be reappointed (null: no limit). */
    private Integer maxReappointments = 2;
    /** A vacancy is not filled when fewer than this many months of the term remain. */
    private int vacancyMinMonths = 3;
    private int meetingIntervalMonths = 6;
    @Enumerated(EnumType.STRING)
    private QuorumRule quorumRule = QuorumRule.AT_LEAST_HALF;
    private boolean chairBreaksTies = true;
    private boolean internalProxiesAllowed = true;
    /** NT$ per meeting for external members; null when none is paid. */
    private BigDecimal attendanceFee;
    @Column(length = 500)
    private String reportsTo;

    public int getMinMembers() { return minMembers; }
    public int getMaxMembers() { return maxMembers; }
    public int getGenderRuleNumerator() { return genderRuleNumerator; }
    public int getGenderRuleDenominator() { return genderRuleDenominator; }
    public boolean isGenderRuleException() { return genderRuleException; }
    public String getGenderRuleExceptionReason() { return genderRuleExceptionReason; }
    public int getMinExternal() { return minExternal; }
    public Integer getMaxExternal() { return maxExternal; }
    public int getMinGecCredentialed() { return minGecCredentialed; }
    public int getGecCredentialYears() { return gecCredentialYears; }
    public int getTermYears() { return termYears; }
    public Integer getMaxReappointments() { return maxReappointments; }
    public int getVacancyMinMonths() { return vacancyMinMonths; }
    public int getMeetingIntervalMonths() { return meetingIntervalMonths; }
    public QuorumRule getQuorumRule() { return quorumRule; }
    public boolean isChairBreaksTies() { return chairBreaksTies; }
    public boolean isInternalProxiesAllowed() { return internalProxiesAllowed; }
    public BigDecimal getAttendanceFee() { return attendanceFee; }
    public String getReportsTo() { return reportsTo; }

    /** The least number of members of each sex for a task force of {@code members}: ⌈n × num / den⌉. */
    public int minPerSex(int members) {
        return (members * genderRuleNumerator + genderRuleDenominator - 1) / genderRuleDenominator;
    }

    /** Copies every rule from a validated form; see CharterService for the checks. */
    public void apply(Charter other) {
        this.minMembers = other.minMembers;
        this.maxMembers = other.maxMembers;
        this.genderRuleNumerator = other.genderRuleNumerator;
        this.genderRuleDenominator = other.genderRuleDenominator;
        this.genderRuleException = other.genderRuleException;
        this.genderRuleExceptionReason = other.genderRuleExceptionReason;
        this.minExternal = other.minExternal;
        this.maxExternal = other.maxExternal;
        this.minGecCredentialed = other.minGecCredentialed;
        this.gecCredentialYears = other.gecCredentialYears;
        this.termYears = other.termYears;
        this.maxReappointments = other.maxReappointments;
        this.vacancyMinMonths = other.vacancyMinMonths;
        this.meetingIntervalMonths = other.meetingIntervalMonths;
        this.quorumRule = other.quorumRule;
        this.chairBreaksTies = other.chairBreaksTies;
        this.internalProxiesAllowed = other.internalProxiesAllowed;
        this.attendanceFee = other.attendanceFee;
        this.reportsTo = other.reportsTo;
    }

    /** Builder-style setters for forms and demo data. */
    public Charter members(int min, int max) { this.minMembers = min; this.maxMembers = max; return this; }
    public Charter genderRule(int numerator, int denominator) { this.genderRuleNumerator = numerator; this.genderRuleDenominator = denominator; return this; }
    public Charter genderException(String reason) { this.genderRuleException = reason != null && !reason.isBlank(); this.genderRuleExceptionReason = reason; return this; }
    public Charter external(int min, Integer max) { this.minExternal = min; this.maxExternal = max; return this; }
    public Charter gecCredential(int minMembers, int withinYears) { this.minGecCredentialed = minMembers; this.gecCredentialYears = withinYears; return this; }
    public Charter term(int years, Integer maxReappointments) { this.termYears = years; this.maxReappointments = maxReappointments; return this; }
    public Charter vacancyMinMonths(int months) { this.vacancyMinMonths = months; return this; }
    public Charter meetingInterval(int months) { this.meetingIntervalMonths = months; return this; }
    public Charter quorum(QuorumRule rule) { this.quorumRule = rule; return this; }
    public Charter chairBreaksTies(boolean value) { this.chairBreaksTies = value; return this; }
    public Charter internalProxies(boolean allowed) { this.internalProxiesAllowed = allowed; return this; }
    public Charter attendanceFee(BigDecimal fee) { this.attendanceFee = fee; return this; }
    public Charter reportsTo(String text) { this.reportsTo = text; return this; }
}
