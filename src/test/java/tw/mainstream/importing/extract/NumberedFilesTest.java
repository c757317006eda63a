package tw.mainstream.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.mainstream.importing.ImportResult;
import tw.mainstream.importing.ImportedItem;
import tw.mainstream.importing.ItemKind;
import tw.mainstream.importing.MinutesImporter;
import tw.mainstream.importing.extract.NumberedDocuments.Para;

/** Real files whose numbers are not in the text, a PDF whose header is a table, and a scanned PDF. */
class NumberedFilesTest {
    private static final List<List<String>> HEADER = List.of(
            List.of("開會時間", "113年3月15日（星期五）下午2時"), List.of("開會地點", "本部301會議室"),
            List.of("主席", "李政務次長O明"), List.of("紀錄", "陳O萍"));
    private static final List<Para> AGENDA = List.of(
            new Para(0, "報告事項"),
            new Para(1, "本部性別預算執行情形。"),
            new Para(-1, "決定：洽悉。"),
            new Para(1, "性別統計指標更新情形。"),
            new Para(-1, "決定：准予備查。"),
            new Para(0, "討論事項"),
            new Para(1, "修正本部性別平等專案小組設置要點案。"),
            new Para(2, "依行政院性別平等會函辦理。"),
            new Para(2, "修正條文對照表如附件。"),
            new Para(-1, "決議：照案通過。"),
            new Para(0, "散會：下午3時30分"));

    @Test
    void wordAutomaticNumbersAreRebuiltFromNumberingXml() throws Exception {
        byte[] docx = NumberedDocuments.docx(HEADER, AGENDA, 1);
        String text = DocumentTextExtractor.extract("minutes.docx", docx);
        assertThat(text.lines().toList()).containsSubsequence("壹、報告事項", "一、本部性別預算執行情形。",
                "二、性別統計指標更新情形。", "貳、討論事項", "一、修正本部性別平等專案小組設置要點案。",
                "1.依行政院性別平等會函辦理。", "2.修正條文對照表如附件。", "參、散會：下午3時30分");
        assertMinutes(MinutesImporter.importBytes("minutes.docx", docx));
    }

    @Test
    void wordNumbersStartAtTheLevelsStartValue() throws Exception {
        byte[] docx = NumberedDocuments.docx(HEADER, AGENDA.subList(0, 3), 3);
        assertThat(DocumentTextExtractor.extract("m.docx", docx)).contains("三、本部性別預算執行情形。");
    }

    @Test
    void openDocumentListNumbersComeFromTheListStyle() throws Exception {
        List<Para> paragraphs = new java.util.ArrayList<>();
        paragraphs.add(new Para(-1, "某部性別平等專案小組113年第1次會議紀錄"));
        HEADER.forEach(h -> paragraphs.add(new Para(-1, h.get(0) + "：" + h.get(1))));
        AGENDA.stream().filter(p -> p.level() < 2).forEach(paragraphs::add);
        byte[] odt = NumberedDocuments.odt(paragraphs);
        String text = DocumentTextExtractor.extract("minutes.odt", odt);
        assertThat(text.lines().toList()).containsSubsequence("壹、報告事項", "一、本部性別預算執行情形。",
                "二、性別統計指標更新情形。", "貳、討論事項", "一、修正本部性別平等專案小組設置要點案。", "參、散會：下午3時30分");
        assertMinutes(MinutesImporter.importBytes("minutes.odt", odt));
    }

    @Test
    void filesLibreOfficeWritesFromTheWordFileGiveTheSameMinutes(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("minutes.docx");
        Files.write(docx, NumberedDocuments.docx(HEADER, AGENDA, 1));
        for (String format : List.of("odt", "pdf")) {
            Process p = new ProcessBuilder("soffice", "--headless", "--norestore", "-env:UserInstallation=file://"
                    + dir.resolve("profile"), "--convert-to", format, "--outdir", dir.toString(), docx.toString())
                    .redirectErrorStream(true).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice converts to " + format).isTrue();
            ImportResult result = MinutesImporter.importFile(dir.resolve("minutes." + format));
            assertMinutes(result);
        }
    }

    @Test
    void pdfWhoseHeaderIsATable() throws Exception {
        byte[] pdf = NumberedDocuments.pdfWithHeaderTable(HEADER, List.of("壹、討論事項",
                "一、修正本部性別平等專案小組設置要點案。", "決議：照案通過。", "貳、散會：下午3時30分"));
        ImportResult result = MinutesImporter.importBytes("minutes.pdf", pdf);
        assertThat(result.isOk()).as(result.error()).isTrue();
        assertThat(result.minutes().date()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(result.minutes().startTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(result.minutes().place()).isEqualTo("本部301會議室");
        assertThat(result.minutes().chair()).isEqualTo("李政務次長O明");
        assertThat(result.minutes().recorder()).isEqualTo("陳O萍");
        assertThat(result.minutes().items()).extracting(ImportedItem::title).containsExactly("修正本部性別平等專案小組設置要點案");
    }

    @Test
    void aScannedPdfIsRefusedWithAClearMessage() throws Exception {
        byte[] pdf = NumberedDocuments.scannedPdf();
        assertThatThrownBy(() -> DocumentTextExtractor.extract("scan.pdf", pdf)).hasMessageContaining("沒有文字層")
                .hasMessageContaining("掃描");
        ImportResult result = MinutesImporter.importBytes("scan.pdf", pdf);
        assertThat(result.isOk()).isFalse();
        assertThat(result.error()).contains("沒有文字層");
    }

    @Test
    void aFileThatIsNotMinutesGetsAClearMessage() {
        ImportResult law = MinutesImporter.importText("law.txt", """
                一、本要點依性別平等教育法訂定之。
                二、本會置委員七人，任期一年。
                三、本要點經校務會議通過後實施。
                """);
        assertThat(law.isOk()).isFalse();
        assertThat(law.error()).contains("找不到會議紀錄");
    }

    private static void assertMinutes(ImportResult result) {
        assertThat(result.isOk()).as(result.error()).isTrue();
        var m = result.minutes();
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(m.startTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(m.endTime()).isEqualTo(LocalTime.of(15, 30));
        // a PDF's text layer may put a space between an ideograph and a digit
        assertThat(m.place().replace(" ", "")).isEqualTo("本部301會議室");
        assertThat(m.chair()).isEqualTo("李政務次長O明");
        assertThat(m.recorder()).isEqualTo("陳O萍");
        assertThat(m.items()).extracting(ImportedItem::kind)
                .containsExactly(ItemKind.REPORT, ItemKind.REPORT, ItemKind.DISCUSSION);
        assertThat(m.items()).extracting(ImportedItem::title).containsExactly(
                "本部性別預算執行情形", "性別統計指標更新情形", "修正本部性別平等專案小組設置要點案");
        assertThat(m.items()).extracting(i -> i.resolutions().get(0).text())
                .containsExactly("洽悉。", "准予備查。", "照案通過。");
    }
}
