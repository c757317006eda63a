package tw.mainstream.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.mainstream.document.render.BlockVisitor;
import tw.mainstream.document.render.BlockWalker;

class OfficialDocumentTest {

    @Test
    void titleMustNotCarryPunctuation() {
        assertThatThrownBy(() -> OfficialDocument.builder().title("會議紀錄。").build())
                .hasMessageContaining("punctuation");
        assertThatThrownBy(() -> OfficialDocument.builder().title("會議紀錄：草案").build())
                .hasMessageContaining("punctuation");
        assertThat(OfficialDocument.builder().title("內政部移民署", "111 年性別平等工作小組第 1 次會議紀錄").build().title())
                .isEqualTo("內政部移民署 111 年性別平等工作小組第 1 次會議紀錄");
    }

    @Test
    void rejectsSectionsNestedDeeperThanTheOfficialLevels() {
        Section deep = Section.of("5", Section.of("6"));
        for (int i = 4; i >= 1; i--) {
            deep = Section.of(String.valueOf(i), deep);
        }
        Section tooDeep = deep;
        assertThatThrownBy(() -> OfficialDocument.builder().title("標題").add(tooDeep).build())
                .hasMessageContaining("6 deep");
    }

    @Test
    void tableRowsMustMatchTheHeader() {
        assertThatThrownBy(() -> new Table(null, List.of("a", "b"), List.of(List.of("1"))))
                .hasMessageContaining("row 1 has 1 cells");
        assertThatThrownBy(() -> new Table(null, List.of("a", "b"), List.of(), List.of(1)))
                .hasMessageContaining("Column widths");
        assertThat(new Table(null, List.of("a", "b"), List.of(), List.of(1, 3)).widthFractions())
                .containsExactly(0.25, 0.75);
    }

    @Test
    void imagesNeedAltTextAndAKnownType() {
        byte[] png = MinutesFixtures.png();
        assertThatThrownBy(() -> new Image(png, "image/png", " ")).hasMessageContaining("alternative text");
        assertThatThrownBy(() -> new Image(png, "image/gif", "圖")).hasMessageContaining("PNG or JPEG");
        assertThat(new Image(png, "image/png", "圖")).isEqualTo(new Image(png.clone(), "image/png", "圖"));
    }

    @Test
    void remarkLabelJoinsSpeakerAndRole() {
        assertThat(new Remark("移民事務組", "代表", "說明").label()).isEqualTo("移民事務組代表");
        assertThat(new Remark(null, "委員意見", "說明").label()).isEqualTo("委員意見");
        assertThatThrownBy(() -> new Remark("吳O麗", "委員", "")).hasMessageContaining("text or points");
    }

    @Test
    void walkerNumbersSectionsByDepthAndPointsByTheirLevel() {
        List<String> labels = new ArrayList<>();
        BlockWalker.walk(MinutesFixtures.nia(), new Recorder(labels));
        assertThat(labels).startsWith("壹、宣布開會", "貳、主席致詞：（略）", "參、本署 110 年性別平等工作小組第 2 次會議決議辦理情形。");
        assertThat(labels).contains("肆、報告事項：", "伍、臨時動議：無。", "陸、主席結論", "柒、散會：下午 3 時 40 分。");
        // 說明 points of report item 一 are (一)…(四); a speaker's points are 一、 under the item 一、, sub-points (一)
        assertThat(labels.stream().filter(l -> l.startsWith("（四）")).toList()).hasSize(1);
        assertThat(labels).contains("一、因本案尚有與其他部會聯繫作業，建議賡續列管，並請加強論述和其他部會聯繫作為情形。",
                "二、有關「註記」權責部分：", "（一）戶政機關係受理雙方為本國人或其中一方為非同性婚姻合法化國家之外國人的註記申請。");
    }

    @Test
    void aPointAloneIsNotNumbered() {
        List<String> labels = new ArrayList<>();
        BlockWalker.walk(List.of(new PointList(2, List.of(PointList.Point.of("唯一一點")))), new Recorder(labels));
        assertThat(labels).containsExactly("唯一一點");
        assertThatThrownBy(() -> new PointList(6, List.of(PointList.Point.of("x")))).hasMessageContaining("level");
    }

    private record Recorder(List<String> labels) implements BlockVisitor {
        @Override
        public void startSection(Section section, int level, String label) {
            labels.add(label + section.heading());
        }

        @Override
        public void endSection(Section section, int level) {
        }

        @Override
        public void paragraph(Paragraph paragraph, int depth) {
        }

        @Override
        public void startRemark(Remark remark, int depth) {
        }

        @Override
        public void endRemark(Remark remark, int depth) {
        }

        @Override
        public void point(String label, String text, int depth) {
            labels.add(label + text);
        }

        @Override
        public void table(Table table, int depth) {
        }

        @Override
        public void image(Image image, int depth) {
        }

        @Override
        public void signatureTable(SignatureTable table, int depth) {
        }
    }
}
