package tw.mainstream.tracking.domain;

import java.time.LocalDate;
import java.util.List;

/** The dashboard: counts per unit and a page of open items. */
public record DashboardView(List<UnitLine> units, List<ItemLine> items, long total, int page, int pages) {

    public record UnitLine(Long unitId, String unit, long open, long overdue, long withoutReport, LocalDate oldest,
                           long oldestAgeDays) {
    }

    public record ItemLine(Long id, LocalDate originDate, String content, Long leadUnitId, String leadUnit,
                           LocalDate due, boolean dueAtNextMeeting, boolean overdue, boolean reported, long ageDays) {
    }
}
