package tw.mainstream.statistics;

import java.time.LocalDate;
import java.util.List;
import tw.mainstream.shared.time.RocDates;

/** A statistics table's metadata as other modules and the pages see it. */
public record StatTableView(Long id, Long agencyId, String agencyName, String title, String description,
                            String unitOfMeasure, String source, String updateFrequency, String referenceTime,
                            String contact, List<String> tags, String licence, boolean published,
                            LocalDate publishedOn, LocalDate updatedOn, List<String> dimensions, List<String> measures,
                            int firstYear, int lastYear, long version) {

    /** {@code 107–111} in ROC years, or empty when the table has no data yet. */
    public String rocYears() {
        return firstYear == 0 ? "" : RocDates.rocYear(firstYear) + "–" + RocDates.rocYear(lastYear);
    }

    public boolean hasData() {
        return firstYear != 0;
    }
}
