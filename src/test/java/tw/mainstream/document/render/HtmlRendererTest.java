package tw.mainstream.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tw.mainstream.document.MinutesFixtures;

/** The HTML is well-formed XHTML, so it is read back with the JDK's XML parser. */
class HtmlRendererTest {

    private final HtmlRenderer renderer = new HtmlRenderer();

    @Test
    void pageHasLanguageTitleAndHeadingsByLevel() throws Exception {
        Document html = parse(renderer.page(MinutesFixtures.nia()));
        Element root = html.getDocumentElement();
        assertThat(root.getAttribute("lang")).isEqualTo("zh-Hant-TW");
        assertThat(text(html, "title")).containsExactly("內政部移民署 111 年性別平等工作小組第 1 次會議紀錄");
        assertThat(text(html, "h1")).containsExactly("內政部移民署 111 年性別平等工作小組第 1 次會議紀錄");
        assertThat(text(html, "h2")).containsExactly("壹、宣布開會", "貳、主席致詞：（略）",
                "參、本署 110 年性別平等工作小組第 2 次會議決議辦理情形。", "肆、報告事項：", "伍、臨時動議：無。", "陸、主席結論",
                "柒、散會：下午 3 時 40 分。");
        assertThat(text(html, "h3")).hasSize(4).allMatch(h -> h.startsWith("一、") || h.startsWith("二、"));
        assertThat(text(html, "h4")).isEmpty();
        assertThat(text(html, "p")).contains("二、有關「註記」權責部分：", "（一）戶政機關係受理雙方為本國人或其中一方為非同性婚姻合法化國家之外國人的註記申請。");
        assertThat(text(html, "dt")).startsWith("時間：", "地點：", "主席：", "紀錄：", "出(列)席人員：");
        assertThat(text(html, "dd").get(0)).isEqualTo("111 年 7 月 25 日（星期一）下午 2 時 30 分");
        assertThat(text(html, "strong")).contains("決議：", "委員意見：", "國際及執法事務組代表：");
    }

    @Test
    void tablesHaveScopedHeaderCellsCaptionAndImagesAltText() throws Exception {
        Document html = parse(renderer.page(MinutesFixtures.taipeiFollowUp()));
        assertThat(text(html, "caption")).containsExactly("性別平等專案小組決議列管事項執行情形");
        NodeList headers = html.getElementsByTagName("th");
        assertThat(headers.getLength()).isEqualTo(5);
        for (int i = 0; i < headers.getLength(); i++) {
            assertThat(((Element) headers.item(i)).getAttribute("scope")).isEqualTo("col");
        }
        assertThat(text(html, "td")).hasSize(10).contains("104/10/12", "是");
        Element img = (Element) html.getElementsByTagName("img").item(0);
        assertThat(img.getAttribute("alt")).isEqualTo("臺北市資料開放平臺私立托嬰中心資料集頁面，標示性別平等標籤");
        assertThat(img.getAttribute("src")).startsWith("data:image/png;base64,iVBOR");
        assertThat(html.getElementsByTagName("br").getLength()).isEqualTo(1);
    }

    @Test
    void fragmentIsOneArticleAndEscapesMarkup() throws Exception {
        var document = tw.mainstream.document.OfficialDocument.builder().title("測試")
                .add(tw.mainstream.document.Paragraph.of("<script>alert('x')</script> & 其他")).build();
        String fragment = renderer.fragment(document);
        assertThat(fragment).startsWith("<article class=\"od-document\" lang=\"zh-Hant-TW\"").doesNotContain("<script>");
        Document parsed = parse(fragment);
        assertThat(parsed.getDocumentElement().getTagName()).isEqualTo("article");
        assertThat(text(parsed, "p")).containsExactly("<script>alert('x')</script> & 其他");
        assertThat(HtmlRenderer.stylesheet()).contains(".od-table");
    }

    private static Document parse(String xhtml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> text(Document html, String tag) {
        NodeList nodes = html.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
