package tw.mainstream.statistics.importing;

import java.util.List;

/** The outcome of checking a sheet against a column mapping: what would be stored, and why not. */
public record ImportCheck(List<Observation> observations, List<ImportProblem> problems) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> !p.isWarning());
    }

    public boolean hasWarnings() {
        return problems.stream().anyMatch(ImportProblem::isWarning);
    }
}
