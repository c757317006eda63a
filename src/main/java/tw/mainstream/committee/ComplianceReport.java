package tw.mainstream.committee;

import java.time.LocalDate;
import java.util.List;

/** The compliance of a task force with its charter on one date. */
public record ComplianceReport(Long taskForceId, LocalDate date, List<ComplianceFinding> findings) {

    public boolean passed() {
        return findings.stream().allMatch(ComplianceFinding::passed);
    }

    public List<ComplianceFinding> failures() {
        return findings.stream().filter(f -> f.level() == ComplianceFinding.Level.FAIL).toList();
    }

    /** Failures and warnings: what the secretariat should act on. */
    public List<ComplianceFinding> problems() {
        return findings.stream().filter(f -> f.level() == ComplianceFinding.Level.FAIL
                || f.level() == ComplianceFinding.Level.WARNING).toList();
    }

    public ComplianceFinding finding(ComplianceRule rule) {
        return findings.stream().filter(f -> f.rule() == rule).findFirst().orElse(null);
    }
}
