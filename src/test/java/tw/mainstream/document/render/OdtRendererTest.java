package tw.mainstream.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.style.OdfDefaultStyle;
import org.odftoolkit.odfdom.incubator.doc.text.OdfEditableTextExtractor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tw.mainstream.document.MinutesFixtures;

class OdtRendererTest {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private final OdtRenderer renderer = new OdtRenderer();

    @Test
    void niaMinutesReadBackWithHeadingsAndAsianLanguage() throws Exception {
        try (OdfTextDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(renderer.render(MinutesFixtures.nia())))) {
            String text = OdfEditableTextExtractor.newOdfEditableTextExtractor(odt).getText();
            assertThat(text).contains("內政部移民署", "111 年性別平等工作小組第 1 次會議紀錄",
                    "時間：111 年 7 月 25 日（星期一）下午 2 時 30 分", "壹、宣布開會", "參、本署 110 年",
                    "決議：解除列管。", "（四）112 年度內政部主管", "委員意見：有關同性婚姻合法化一案", "柒、散會：下午 3 時 40 分。");

            NodeList headings = odt.getContentDom().getElementsByTagNameNS(TEXT, "h");
            List<String> level2 = new ArrayList<>();
            for (int i = 0; i < headings.getLength(); i++) {
                Element h = (Element) headings.item(i);
                if ("2".equals(h.getAttributeNS(TEXT, "outline-level"))) {
                    level2.add(h.getTextContent());
                }
            }
            assertThat(((Element) headings.item(0)).getAttributeNS(TEXT, "outline-level")).isEqualTo("1");
            assertThat(level2).containsExactly("壹、宣布開會", "貳、主席致詞：（略）", "參、本署 110 年性別平等工作小組第 2 次會議決議辦理情形。",
                    "肆、報告事項：", "伍、臨時動議：無。", "陸、主席結論", "柒、散會：下午 3 時 40 分。");

            OdfDefaultStyle defaults = odt.getDocumentStyles().getDefaultStyle(OdfStyleFamily.Paragraph);
            assertThat(defaults.getProperty(OdfTextProperties.LanguageAsian)).isEqualTo("zh");
            assertThat(defaults.getProperty(OdfTextProperties.CountryAsian)).isEqualTo("TW");
            assertThat(defaults.getProperty(OdfTextProperties.FontNameAsian)).isEqualTo("Noto Sans TC");
            assertThat(odt.getOfficeMetadata().getTitle()).isEqualTo("內政部移民署 111 年性別平等工作小組第 1 次會議紀錄");
            // Mainstream's metadata, not what odfdom's empty template carries (StarOffice 8, its author, a licence note)
            assertThat(odt.getOfficeMetadata().getGenerator()).isEqualTo("Mainstream");
            assertThat(odt.getOfficeMetadata().getCreator()).isNull();
            assertThat(odt.getOfficeMetadata().getUserDefinedDataNames()).isNullOrEmpty();
            assertThat(odt.getOfficeMetadata().getLanguage()).isEqualTo("zh-TW");
        }
    }

    @Test
    void followUpTableAndPictureAreEmbedded() throws Exception {
        try (OdfTextDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(renderer.render(MinutesFixtures.taipeiFollowUp())))) {
            assertThat(odt.getContentDom().getElementsByTagNameNS(TABLE, "table").getLength()).isEqualTo(1);
            // cell texts are checked on the stored XML: odfdom's loaded DOM may show header rows empty
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList tables = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(odt.getPackage().getBytes("content.xml")))
                    .getElementsByTagNameNS(TABLE, "table");
            assertThat(tables.getLength()).isEqualTo(1);
            Element table = (Element) tables.item(0);
            assertThat(table.getElementsByTagNameNS(TABLE, "table-column").getLength()).isEqualTo(5);
            assertThat(table.getElementsByTagNameNS(TABLE, "table-header-rows").getLength()).isEqualTo(1);
            NodeList rows = table.getElementsByTagNameNS(TABLE, "table-row");
            assertThat(rows.getLength()).isEqualTo(3);
            assertThat(rows.item(0).getParentNode().getLocalName()).isEqualTo("table-header-rows");
            assertThat(rows.item(0).getTextContent()).isEqualTo("會議日期內容說明或裁(指)示事項執行情形備註是否解列");
            assertThat(rows.item(1).getFirstChild().getTextContent()).isEqualTo("104/10/12");
            assertThat(((Element) rows.item(2)).getElementsByTagNameNS(TEXT, "line-break").getLength()).isEqualTo(1);

            assertThat(odt.getPackage().getBytes("Pictures/image1.png")).isEqualTo(MinutesFixtures.png());
            String content = new String(odt.getPackage().getBytes("content.xml"), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(content).contains("<svg:title>臺北市資料開放平臺私立托嬰中心資料集頁面，標示性別平等標籤</svg:title>",
                    "xlink:href=\"Pictures/image1.png\"");
            // borders and padding as automatic cell styles beside the table, where LibreOffice applies them
            Element cell = (Element) ((Element) rows.item(1)).getElementsByTagNameNS(TABLE, "table-cell").item(0);
            String cellStyle = cell.getAttributeNS(TABLE, "style-name");
            assertThat(content).containsPattern("<style:style[^>]*style:name=\"" + cellStyle
                    + "\"[^>]*><style:table-cell-properties[^>]*fo:border=\"0.5pt solid #000000\"")
                    .contains("fo:padding=\"0.1cm\"");
        }
    }
}
