package tw.mainstream.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.mainstream.importing.extract.PdfLines.PdfLine;

/** Page furniture dropped and page-width wraps joined, on lines placed as a 14 pt A4 page places them. */
class PdfLayoutTest {
    private static final float LEFT = 90;
    private static final float RIGHT = 505;
    private static final float EM = 14;

    private static PdfLine full(int page, String text) {
        return new PdfLine(page, text, LEFT, RIGHT - 3, EM);
    }

    private static PdfLine ending(int page, String text) {
        return new PdfLine(page, text, LEFT, LEFT + EM * text.length(), EM);
    }

    private static PdfLine centred(int page, String text) {
        float width = EM * text.length();
        float start = LEFT + (RIGHT - LEFT - width) / 2;
        return new PdfLine(page, text, start, start + width, EM);
    }

    @Test
    void pageHeadersFootersAndNumbersGoAndAParagraphBrokenByThePageIsOneLine() {
        List<PdfLine> lines = new ArrayList<>(List.of(centred(1, "某某委員會"), centred(1, "第1次會議紀錄"),
                full(1, "一、案由：本案係依據某某規定辦理，並經本會第一次會議討論通過，相關"),
                full(1, "意見業經彙整完成，提請各委員參閱，並依委員意見修正計畫內容後，於"),
                centred(1, "第 1 頁／共 2 頁"), centred(2, "某某委員會"),
                full(2, "下次會議提出報告，以利後續追蹤列管作業，另請各單位配合辦理相關事"),
                ending(2, "項。"), ending(2, "決議：照案通過。"), centred(2, "第 2 頁／共 2 頁")));
        String text = PdfLayout.text(lines);
        // the body's name heads every page: a page header, dropped on the first page too
        assertThat(text.lines().toList()).containsExactly("第1次會議紀錄",
                "一、案由：本案係依據某某規定辦理，並經本會第一次會議討論通過，相關意見業經彙整完成，提請各委員參閱，"
                        + "並依委員意見修正計畫內容後，於下次會議提出報告，以利後續追蹤列管作業，另請各單位配合辦理相關事項。",
                "決議：照案通過。");
    }

    @Test
    void aFullLineEndingASentenceIsNotJoinedWithANumberedLine() {
        List<PdfLine> lines = List.of(full(1, "一、本案業經各單位依委員意見修正完成，並送請各委員確認，擬解除列管。"),
                full(1, "二、本案業經各單位依委員意見修正完成，並送請各委員確認，擬予繼續列管"),
                full(1, "並請於下次會議報告辦理情形及後續規劃，另請各單位配合辦理相關作業。"),
                ending(1, "三、其他。"));
        assertThat(PdfLayout.text(lines).lines().toList()).containsExactly(
                "一、本案業經各單位依委員意見修正完成，並送請各委員確認，擬解除列管。",
                "二、本案業經各單位依委員意見修正完成，並送請各委員確認，擬予繼續列管並請於下次會議報告辦理情形及後續規劃，"
                        + "另請各單位配合辦理相關作業。",
                "三、其他。");
    }

    @Test
    void shortLinesOfAShortPageAreNeverJoined() {
        List<PdfLine> lines = List.of(ending(1, "某局會議紀錄"), ending(1, "開會時間\t113年3月15日"),
                ending(1, "地點\t本部301會議室"), ending(1, "壹、討論事項"));
        assertThat(PdfLayout.text(lines).lines().toList()).containsExactly("某局會議紀錄", "開會時間\t113年3月15日",
                "地點\t本部301會議室", "壹、討論事項");
    }
}
