package tw.mainstream.committee.web;

import java.math.BigDecimal;
import tw.mainstream.committee.QuorumRule;
import tw.mainstream.committee.domain.Charter;
import tw.mainstream.committee.domain.CharterInput;
import tw.mainstream.committee.domain.TaskForce;

/** The task force's name and charter as the edit page binds them. */
public class CharterForm {
    private Long version;
    private String name;
    private Integer minMembers;
    private Integer maxMembers;
    private Integer genderRuleNumerator;
    private Integer genderRuleDenominator;
    private boolean genderRuleException;
    private String genderRuleExceptionReason;
    private Integer minExternal;
    private Integer maxExternal;
    private Integer minGecCredentialed;
    private Integer gecCredentialYears;
    private Integer termYears;
    private Integer maxReappointments;
    private Integer vacancyMinMonths;
    private Integer meetingIntervalMonths;
    private QuorumRule quorumRule;
    private boolean chairBreaksTies;
    private boolean internalProxiesAllowed;
    private BigDecimal attendanceFee;
    private String reportsTo;

    static CharterForm of(TaskForce t) {
        Charter c = t.getCharter();
        CharterForm f = new CharterForm();
        f.version = t.getVersion();
        f.name = t.getName();
        f.minMembers = c.getMinMembers();
        f.maxMembers = c.getMaxMembers();
        f.genderRuleNumerator = c.getGenderRuleNumerator();
        f.genderRuleDenominator = c.getGenderRuleDenominator();
        f.genderRuleException = c.isGenderRuleException();
        f.genderRuleExceptionReason = c.getGenderRuleExceptionReason();
        f.minExternal = c.getMinExternal();
        f.maxExternal = c.getMaxExternal();
        f.minGecCredentialed = c.getMinGecCredentialed();
        f.gecCredentialYears = c.getGecCredentialYears();
        f.termYears = c.getTermYears();
        f.maxReappointments = c.getMaxReappointments();
        f.vacancyMinMonths = c.getVacancyMinMonths();
        f.meetingIntervalMonths = c.getMeetingIntervalMonths();
        f.quorumRule = c.getQuorumRule();
        f.chairBreaksTies = c.isChairBreaksTies();
        f.internalProxiesAllowed = c.isInternalProxiesAllowed();
        f.attendanceFee = c.getAttendanceFee();
        f.reportsTo = c.getReportsTo();
        return f;
    }

    CharterInput toInput() {
        return new CharterInput(Forms.required(minMembers, "minMembers"), Forms.required(maxMembers, "maxMembers"),
                Forms.required(genderRuleNumerator, "genderRuleNumerator"),
                Forms.required(genderRuleDenominator, "genderRuleDenominator"), genderRuleException,
                genderRuleExceptionReason, Forms.required(minExternal, "minExternal"), maxExternal,
                Forms.required(minGecCredentialed, "minGecCredentialed"),
                Forms.required(gecCredentialYears, "gecCredentialYears"), Forms.required(termYears, "termYears"),
                maxReappointments, Forms.required(vacancyMinMonths, "vacancyMinMonths"),
                Forms.required(meetingIntervalMonths, "meetingIntervalMonths"), quorumRule, chairBreaksTies,
                internalProxiesAllowed, attendanceFee, reportsTo);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { this.version = v; }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public Integer getMinMembers() { return minMembers; }
    public void setMinMembers(Integer v) { this.minMembers = v; }
    public Integer getMaxMembers() { return maxMembers; }
    public void setMaxMembers(Integer v) { this.maxMembers = v; }
    public Integer getGenderRuleNumerator() { return genderRuleNumerator; }
    public void setGenderRuleNumerator(Integer v) { this.genderRuleNumerator = v; }
    public Integer getGenderRuleDenominator() { return genderRuleDenominator; }
    public void setGenderRuleDenominator(Integer v) { this.genderRuleDenominator = v; }
    public boolean isGenderRuleException() { return genderRuleException; }
    public void setGenderRuleException(boolean v) { this.genderRuleException = v; }
    public String getGenderRuleExceptionReason() { return genderRuleExceptionReason; }
    public void setGenderRuleExceptionReason(String v) { this.genderRuleExceptionReason = v; }
    public Integer getMinExternal() { return minExternal; }
    public void setMinExternal(Integer v) { this.minExternal = v; }
    public Integer getMaxExternal() { return maxExternal; }
    public void setMaxExternal(Integer v) { this.maxExternal = v; }
    public Integer getMinGecCredentialed() { return minGecCredentialed; }
    public void setMinGecCredentialed(Integer v) { this.minGecCredentialed = v; }
    public Integer getGecCredentialYears() { return gecCredentialYears; }
    public void setGecCredentialYears(Integer v) { this.gecCredentialYears = v; }
    public Integer getTermYears() { return termYears; }
    public void setTermYears(Integer v) { this.termYears = v; }
    public Integer getMaxReappointments() { return maxReappointments; }
    public void setMaxReappointments(Integer v) { this.maxReappointments = v; }
    public Integer getVacancyMinMonths() { return vacancyMinMonths; }
    public void setVacancyMinMonths(Integer v) { this.vacancyMinMonths = v; }
    public Integer getMeetingIntervalMonths() { return meetingIntervalMonths; }
    public void setMeetingIntervalMonths(Integer v) { this.meetingIntervalMonths = v; }
    public QuorumRule getQuorumRule() { return quorumRule; }
    public void setQuorumRule(QuorumRule v) { this.quorumRule = v; }
    public boolean isChairBreaksTies() { return chairBreaksTies; }
    public void setChairBreaksTies(boolean v) { this.chairBreaksTies = v; }
    public boolean isInternalProxiesAllowed() { return internalProxiesAllowed; }
    public void setInternalProxiesAllowed(boolean v) { this.internalProxiesAllowed = v; }
    public BigDecimal getAttendanceFee() { return attendanceFee; }
    public void setAttendanceFee(BigDecimal v) { this.attendanceFee = v; }
    public String getReportsTo() { return reportsTo; }
    public void setReportsTo(String v) { this.reportsTo = v; }
}
