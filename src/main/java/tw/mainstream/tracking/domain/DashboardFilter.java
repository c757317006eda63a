package tw.mainstream.tracking.domain;

/**
 * Filters of the dashboard: agency (within the reader's scope; null = all readable), lead or
 * supporting unit, only overdue, only without a report this round, at least this old (days).
 */
public record DashboardFilter(Long agencyId, Long unitId, boolean overdueOnly, boolean withoutReportOnly,
                              Integer minAgeDays, int page) {
    public static final int PAGE_SIZE = 50;

    public DashboardFilter {
        page = Math.max(page, 0);
        if (minAgeDays != null && minAgeDays < 0) {
            minAgeDays = null;
        }
    }
}
