package tw.mainstream.statistics.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.files.DataDirProperties;
import tw.mainstream.statistics.microdata.ColumnRole;
import tw.mainstream.statistics.microdata.DataFormat;
import tw.mainstream.statistics.microdata.MicrodataColumn;
import tw.mainstream.statistics.microdata.MicrodataDataset;
import tw.mainstream.statistics.microdata.MicrodataRegistry;

/**
 * Generated border-crossing microdata of 移民署 (date, direction, sex, nationality, age group),
 * 50 000 rows over ROC 110–112, registered for the pivot page. Idempotent: skipped when registered.
 */
@Component
@Order(62)
@ConditionalOnProperty(name = "mainstream.demo.enabled", havingValue = "true")
class MicrodataDemoData implements ApplicationRunner {

    static final String ID = "nia-crossings";
    private static final String[] NATIONS = {"本國", "本國", "本國", "日本", "越南", "印尼", "菲律賓", "美國", "其他"};
    private static final String[] AGES = {"0-17", "18-29", "30-44", "45-64", "65+"};
    private final MicrodataRegistry registry;
    private final CommitteeApi committee;
    private final Path folder;

    MicrodataDemoData(MicrodataRegistry registry, CommitteeApi committee, DataDirProperties data) {
        this.registry = registry;
        this.committee = committee;
        this.folder = data.dataDir().resolve("microdata-demo");
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var registered = registry.find(ID);
        if (registered.isPresent() && registered.get().agencyId() != null) {
            return;
        }
        registry.remove(ID);
        Long nia = committee.agencyByName("內政部移民署").map(a -> a.id()).orElse(null);
        Files.createDirectories(folder);
        Path file = folder.resolve("nia-crossings.csv");
        Random random = new Random(111);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("日期,入出境,性別,國籍,年齡組\n");
            LocalDate start = LocalDate.of(2021, 1, 1);
            for (int i = 0; i < 50_000; i++) {
                String nation = NATIONS[random.nextInt(NATIONS.length)];
                boolean female = random.nextDouble() < (nation.equals("越南") || nation.equals("印尼") ? 0.64 : 0.49);
                out.write(start.plusDays(random.nextInt(3 * 365)) + "," + (random.nextBoolean() ? "入境" : "出境") + ","
                        + (female ? "女" : "男") + "," + nation + "," + AGES[random.nextInt(AGES.length)] + "\n");
            }
        }
        registry.register(new MicrodataDataset(ID, "移民署入出國紀錄（示範個體資料）", "NIA border crossings (demo microdata)",
                List.of(file.toAbsolutePath().toString()), DataFormat.CSV, List.of(
                        new MicrodataColumn("日期", ColumnRole.DATE, "日期", "Date"),
                        new MicrodataColumn("入出境", ColumnRole.DIMENSION, "入出境", "Direction"),
                        new MicrodataColumn("性別", ColumnRole.SEX, "性別", "Sex"),
                        new MicrodataColumn("國籍", ColumnRole.DIMENSION, "國籍", "Nationality"),
                        new MicrodataColumn("年齡組", ColumnRole.DIMENSION, "年齡組", "Age group"))).ownedBy(nia));
    }
}
