package tw.mainstream.statistics.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/**
 * A gender statistics table (性別統計表) of one agency: its open-data metadata and the shape of
 * its data (dimensions and measures). The values live in {@code statistics_observation}.
 */
@Entity
@Table(name = "statistics_table")
@Audited
public class StatTable extends BaseEntity {

    /** 政府資料開放授權條款-第1版, the licence of every published table. */
    public static final String LICENCE = "政府資料開放授權條款-第1版";

    private Long agencyId;
    private String title;
    private String description;
    private String unitOfMeasure;
    private String source;
    private String updateFrequency;
    private String referenceTime;
    private String contact;
    private String tags;
    private String licence = LICENCE;
    private boolean published;
    private LocalDate publishedOn;
    private String dimensions = "";
    private String otherLabel;
    private String measures = "";
    private LocalDate updatedOn;

    protected StatTable() {
    }

    public StatTable(Long agencyId, StatTableMetadata metadata) {
        this.agencyId = agencyId;
        describe(metadata);
    }

    public void describe(StatTableMetadata m) {
        this.title = m.title();
        this.description = m.description();
        this.unitOfMeasure = m.unitOfMeasure();
        this.source = m.source();
        this.updateFrequency = m.updateFrequency();
        this.referenceTime = m.referenceTime();
        this.contact = m.contact();
        this.tags = String.join(",", m.tags());
    }

    public StatTableMetadata metadata() {
        return new StatTableMetadata(title, description, unitOfMeasure, source, updateFrequency, referenceTime,
                contact, tagList());
    }

    /** The day the table was last changed (created, described or given data): its date in search. */
    public void touch(LocalDate today) {
        this.updatedOn = today;
    }

    /** Records the shape of newly imported data: dimensions and measures are kept as a union. */
    public void reshape(List<String> newDimensions, String newOtherLabel, List<String> newMeasures, LocalDate today) {
        this.dimensions = union(dimensions, newDimensions);
        this.measures = union(measures, newMeasures);
        if (newOtherLabel != null) {
            this.otherLabel = newOtherLabel;
        }
        this.updatedOn = today;
    }

    private static String union(String current, List<String> added) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(split(current));
        all.addAll(added);
        return String.join(",", all);
    }

    static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
    }

    public void publish(LocalDate today) {
        published = true;
        publishedOn = today;
    }

    public void unpublish() {
        published = false;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getTitle() {
        return title;
    }

    public String getLicence() {
        return licence;
    }

    public boolean isPublished() {
        return published;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public List<String> tagList() {
        return split(tags);
    }

    public List<String> dimensionList() {
        return split(dimensions);
    }

    public List<String> measureList() {
        return split(measures);
    }

    public String getOtherLabel() {
        return otherLabel;
    }

    public LocalDate getUpdatedOn() {
        return updatedOn;
    }
}
