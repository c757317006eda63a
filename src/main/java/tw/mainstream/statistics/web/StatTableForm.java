package tw.mainstream.statistics.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import tw.mainstream.statistics.StatTableView;
import tw.mainstream.statistics.domain.StatTableMetadata;

/** What the table form binds: the metadata; tags separated by commas or 、. */
public record StatTableForm(@NotBlank(message = "{statistics.table.title.required}") @Size(max = 300) String title,
                            @Size(max = 4000) String description, @Size(max = 100) String unitOfMeasure,
                            @Size(max = 300) String source, @Size(max = 100) String updateFrequency,
                            @Size(max = 100) String referenceTime, @Size(max = 300) String contact,
                            @Size(max = 500) String tags, Long version) {

    /** The preset for a personnel export: staff by grade (職等) and sex, yearly. */
    static StatTableForm staffPreset() {
        return new StatTableForm("員工人數按職等及性別分", "本機關現有員工人數，按職等及性別分，每年依人事資料更新。", "人",
                "人事室（人事資料）", "每年", "每年 12 月底", "", "性別平等, 人事", 0L);
    }

    static StatTableForm empty() {
        return new StatTableForm("", "", "人", "", "每年", "", "", "性別平等", 0L);
    }

    static StatTableForm of(StatTableView v) {
        return new StatTableForm(v.title(), v.description(), v.unitOfMeasure(), v.source(), v.updateFrequency(),
                v.referenceTime(), v.contact(), String.join(", ", v.tags()), v.version());
    }

    StatTableMetadata metadata() {
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split("[,，、;；]")).map(String::strip)
                .filter(t -> !t.isEmpty()).distinct().toList();
        return new StatTableMetadata(title.strip(), blank(description), blank(unitOfMeasure), blank(source),
                blank(updateFrequency), blank(referenceTime), blank(contact), tagList);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
