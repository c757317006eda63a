package tw.mainstream.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.mainstream.importing.ImportResult;
import tw.mainstream.importing.ImportedItem;
import tw.mainstream.importing.ItemKind;
import tw.mainstream.importing.MinutesImporter;
import tw.mainstream.importing.ResolutionOutcome;

class DocumentTextExtractorTest {
    private static final List<String> HEAD = List.of(
            "內政部移民署",
            "112 年性別平等工作小組第 2 次會議紀錄",
            "時間：112 年 12 月 20 日（星期三）上午 10 時",
            "地點：本署 10 樓第 1 會議室",
            "主席：林副署長興春",
            "紀錄：曾筠苓",
            "壹、上次會議決議辦理情形",
            "會議日期\t決議事項\t辦理情形");
    private static final List<List<String>> TABLE = List.of(
            List.of("會議日期", "決議事項", "辦理情形"),
            List.of("112/7/24", "請秘書室修正設置要點", "已於 9 月 1 日公告"));
    private static final List<String> TAIL = List.of(
            "決定：解除列管。",
            "貳、報告事項",
            "一、本署性別預算執行情形",
            "決定：洽悉。",
            "參、散會：上午 11 時 30 分");

    @Test
    void docxParagraphsAndTablesInOrder() throws Exception {
        byte[] docx = TestDocuments.docx(HEAD.subList(0, 7), TABLE, TAIL);
        String text = DocumentTextExtractor.extract("minutes.docx", docx);
        assertThat(text.lines().toList()).containsSubsequence("壹、上次會議決議辦理情形", "會議日期\t決議事項\t辦理情形",
                "112/7/24\t請秘書室修正設置要點\t已於 9 月 1 日公告", "決定：解除列管。");
        assertImported(MinutesImporter.importBytes("minutes.docx", docx));
    }

    @Test
    void odtHeadingsParagraphsListsAndTablesInOrder() throws Exception {
        byte[] odt = TestDocuments.odt(HEAD.get(1), HEAD.subList(2, 6), List.of("壹、上次會議決議辦理情形"), TABLE, TAIL);
        String text = DocumentTextExtractor.extract("minutes.odt", odt);
        assertThat(text.lines().filter(l -> !l.isBlank()).toList()).containsSubsequence(
                "112 年性別平等工作小組第 2 次會議紀錄", "時間：112 年 12 月 20 日（星期三）上午 10 時",
                "壹、上次會議決議辦理情形", "會議日期\t決議事項\t辦理情形",
                "112/7/24\t請秘書室修正設置要點\t已於 9 月 1 日公告", "決定：解除列管。", "參、散會：上午 11 時 30 分");
        ImportResult result = MinutesImporter.importBytes("minutes.odt", odt);
        assertThat(result.isOk()).isTrue();
        assertThat(result.minutes().date()).isEqualTo(LocalDate.of(2023, 12, 20));
        assertThat(result.minutes().items().get(0).tableRows()).hasSize(1);
    }

    @Test
    void pdfTextLayer() throws Exception {
        List<String> lines = new java.util.ArrayList<>(HEAD.subList(0, 7));
        lines.add("決定：解除列管。");
        lines.addAll(TAIL.subList(1, TAIL.size()));
        byte[] pdf = TestDocuments.pdf(lines);
        String text = DocumentTextExtractor.extract("minutes.pdf", pdf);
        assertThat(text).contains("112 年性別平等工作小組第 2 次會議紀錄").contains("一、本署性別預算執行情形");
        ImportResult result = MinutesImporter.importBytes("minutes.pdf", pdf);
        assertThat(result.isOk()).as(result.error()).isTrue();
        assertThat(result.minutes().date()).isEqualTo(LocalDate.of(2023, 12, 20));
        assertThat(result.minutes().endTime()).isEqualTo(LocalTime.of(11, 30));
        assertThat(result.minutes().items()).extracting(ImportedItem::kind)
                .containsExactly(ItemKind.FOLLOW_UP, ItemKind.REPORT);
    }

    @Test
    void big5AndUtf8WithBomGiveTheSameText() throws Exception {
        String text = String.join("\n", HEAD) + "\n" + String.join("\n", TAIL);
        Charset big5 = Charset.forName("x-windows-950");
        assertThat(big5.newEncoder().canEncode(text)).isTrue();
        assertThat(DocumentTextExtractor.extract("a.txt", text.getBytes(big5))).isEqualTo(text);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(DocumentTextExtractor.extract("a.txt", bom)).isEqualTo(text);
        assertThat(DocumentTextExtractor.extract("a.txt", utf8)).isEqualTo(text);
        assertImported(MinutesImporter.importBytes("big5.txt", text.getBytes(big5)));
    }

    @Test
    void unreadableFilesGiveAClearMessage() throws Exception {
        assertThatThrownBy(() -> DocumentTextExtractor.extract("a.txt", new byte[0])).hasMessage("檔案是空的");
        assertThatThrownBy(() -> DocumentTextExtractor.extract("a.pdf", "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("PDF");
        assertThatThrownBy(() -> DocumentTextExtractor.extract("a.pdf", TestDocuments.blankPdf()))
                .hasMessageContaining("沒有文字層");
        assertThatThrownBy(() -> DocumentTextExtractor.extract("a.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
                .isInstanceOf(ExtractionException.class);
        assertThatThrownBy(() -> DocumentTextExtractor.extract("a.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .hasMessageContaining(".doc");
        assertThatThrownBy(() -> DocumentTextExtractor.extract("a.bin", new byte[] {1, 0, 2, 0, 3}))
                .hasMessageContaining("不是文字檔");
        assertThatThrownBy(() -> DocumentTextExtractor.extract("a.docx", "plain text".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("副檔名不符");
    }

    @Test
    void importerReportsErrorsInsteadOfThrowing() {
        ImportResult result = MinutesImporter.importBytes("broken.pdf", "%PDF-1.4\n garbage".getBytes(StandardCharsets.US_ASCII));
        assertThat(result.isOk()).isFalse();
        assertThat(result.error()).contains("PDF");
        ImportResult notMinutes = MinutesImporter.importBytes("note.txt", "午餐吃什麼".getBytes(StandardCharsets.UTF_8));
        assertThat(notMinutes.error()).contains("找不到會議紀錄");
        assertThat(MinutesImporter.importFile(java.nio.file.Path.of("no-such-file.txt")).error()).isEqualTo("找不到檔案");
    }

    @Test
    void pdfRadicalsBecomeOrdinaryIdeographs() {
        assertThat(CjkNormalizer.normalize("內政部移\u2EA0署 ⼯作⼩組 ⽉ ⽇ 副署\u2ED1（星期三）：")).isEqualTo("內政部移民署 工作小組 月 日 副署長（星期三）：");
    }

    @Test
    void wordListNumbersAreRendered() {
        assertThat(ListNumbering.render("taiwaneseCountingThousand", 3)).isEqualTo("三");
        assertThat(ListNumbering.render("ideographLegalTraditional", 4)).isEqualTo("肆");
        assertThat(ListNumbering.render("decimal", 12)).isEqualTo("12");
    }

    private static void assertImported(ImportResult result) {
        assertThat(result.isOk()).as(result.error()).isTrue();
        var m = result.minutes();
        assertThat(m.title()).isEqualTo("112 年性別平等工作小組第 2 次會議紀錄");
        assertThat(m.agency()).isEqualTo("內政部移民署");
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 12, 20));
        assertThat(m.startTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(m.endTime()).isEqualTo(LocalTime.of(11, 30));
        assertThat(m.items()).extracting(ImportedItem::kind).containsExactly(ItemKind.FOLLOW_UP, ItemKind.REPORT);
        assertThat(m.items().get(0).tableHeader()).containsExactly("會議日期", "決議事項", "辦理情形");
        assertThat(m.items().get(0).resolutions().get(0).outcome()).isEqualTo(ResolutionOutcome.CLOSED);
        assertThat(m.items().get(1).resolutions().get(0).label()).isEqualTo("決定");
        assertThat(m.items().get(1).resolutions().get(0).outcome()).isEqualTo(ResolutionOutcome.NOTED);
    }
}
