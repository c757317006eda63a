package tw.mainstream.statistics.domain;

import java.util.List;

/** What a statistics table says about itself (the data.gov.tw metadata the user writes). */
public record StatTableMetadata(String title, String description, String unitOfMeasure, String source,
                                String updateFrequency, String referenceTime, String contact, List<String> tags) {
}
