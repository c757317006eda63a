package tw.mainstream.document.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.incubator.doc.text.OdfEditableTextExtractor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tw.mainstream.document.Image;
import tw.mainstream.document.OfficialDocument;
import tw.mainstream.document.Paragraph;
import tw.mainstream.document.Section;

/**
 * Pictures in every format: a wide JPEG and a tall PNG are embedded, scaled to the text area with
 * their aspect ratio and alternative text kept; data that is not the declared PNG/JPEG (here a GIF
 * labelled image/png) is left out and only its alternative text is printed.
 */
class ImageRenderingTest {

    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String WIDE_ALT = "性別平等宣導活動現場照片";
    private static final String TALL_ALT = "性別統計專區手機版畫面截圖";
    private static final String GIF_ALT = "動態宣導圖卡";

    static final byte[] WIDE_JPEG = encode(2000, 500, "jpg");
    static final byte[] TALL_PNG = encode(400, 2000, "png");
    private static final byte[] GIF = encode(40, 40, "gif");

    static OfficialDocument pictures() {
        return OfficialDocument.builder()
                .title("性別平等工作小組第 2 次會議紀錄")
                .add(Section.of("報告事項",
                        new Paragraph(null, "宣導活動照片如下："),
                        new Image(WIDE_JPEG, "image/jpeg", WIDE_ALT),
                        new Image(TALL_PNG, "image/png", TALL_ALT),
                        new Image(GIF, "image/png", GIF_ALT)))
                .build();
    }

    @Test
    void odtStoresThePicturesAndReferencesThemFromDrawImages() throws Exception {
        try (OdfTextDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(new OdtRenderer().render(pictures())))) {
            assertThat(odt.getPackage().getBytes("Pictures/image1.jpg")).isEqualTo(WIDE_JPEG);
            assertThat(odt.getPackage().getBytes("Pictures/image2.png")).isEqualTo(TALL_PNG);
            assertThat(odt.getPackage().getFilePaths()).noneMatch(path -> path.startsWith("Pictures/image3"));
            assertThat(odt.getPackage().getFileEntry("Pictures/image1.jpg").getMediaTypeString()).isEqualTo("image/jpeg");

            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document content = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(odt.getPackage().getBytes("content.xml")));
            NodeList images = content.getElementsByTagNameNS(DRAW, "image");
            assertThat(images.getLength()).isEqualTo(2);
            List<String> hrefs = new ArrayList<>();
            for (int i = 0; i < images.getLength(); i++) {
                Element image = (Element) images.item(i);
                hrefs.add(image.getAttributeNS(XLINK, "href"));
                Element frame = (Element) image.getParentNode();
                assertThat(frame.getLocalName()).isEqualTo("frame");
                assertThat(frame.getParentNode().getLocalName()).isEqualTo("p");
            }
            assertThat(hrefs).containsExactly("Pictures/image1.jpg", "Pictures/image2.png");

            Element wide = (Element) images.item(0).getParentNode();
            double wideWidth = cm(wide.getAttributeNS(SVG, "width"));
            double wideHeight = cm(wide.getAttributeNS(SVG, "height"));
            assertThat(wideWidth).isCloseTo(OdtRenderer.CONTENT_WIDTH_CM - OdtStyles.INDENT_CM, offset(0.01));
            assertThat(wideWidth / wideHeight).isCloseTo(4.0, offset(0.01));
            Element tall = (Element) images.item(1).getParentNode();
            double tallHeight = cm(tall.getAttributeNS(SVG, "height"));
            assertThat(tallHeight).isCloseTo(22.0, offset(0.01));
            assertThat(tallHeight / cm(tall.getAttributeNS(SVG, "width"))).isCloseTo(5.0, offset(0.01));

            String xml = new String(odt.getPackage().getBytes("content.xml"), StandardCharsets.UTF_8);
            assertThat(xml).contains("<svg:title>" + WIDE_ALT + "</svg:title>", "<svg:desc>" + TALL_ALT + "</svg:desc>");
            String text = OdfEditableTextExtractor.newOdfEditableTextExtractor(odt).getText();
            assertThat(text).contains("圖：" + GIF_ALT);
        }
    }

    @Test
    void docxHasThePicturesScaledToTheTextWidthWithDescriptions() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(new DocxRenderer().render(pictures())))) {
            List<XWPFPictureData> pictures = docx.getAllPictures();
            assertThat(pictures).hasSize(2);
            assertThat(pictures.get(0).getData()).isEqualTo(WIDE_JPEG);
            assertThat(pictures.get(0).getPictureTypeEnum()).isEqualTo(PictureType.JPEG);
            assertThat(pictures.get(1).getData()).isEqualTo(TALL_PNG);
            assertThat(pictures.get(1).getPictureTypeEnum()).isEqualTo(PictureType.PNG);

            List<CTInline> inlines = new ArrayList<>();
            for (XWPFParagraph paragraph : docx.getParagraphs()) {
                paragraph.getRuns().forEach(run -> run.getCTR().getDrawingList()
                        .forEach(drawing -> inlines.addAll(drawing.getInlineList())));
            }
            assertThat(inlines).hasSize(2);
            long textWidth = Units.toEMU((11906 - 2 * 1134 - 360) / 20.0);
            long wideX = inlines.get(0).getExtent().getCx();
            long wideY = inlines.get(0).getExtent().getCy();
            assertThat(wideX).isCloseTo(textWidth, offset(Units.EMU_PER_POINT * 1L));
            assertThat((double) wideX / wideY).isCloseTo(4.0, offset(0.01));
            assertThat(inlines.get(0).getDocPr().getDescr()).isEqualTo(WIDE_ALT);
            long tallY = inlines.get(1).getExtent().getCy();
            assertThat(tallY).isCloseTo(Units.toEMU(ImageSize.MAX_HEIGHT_PT), offset(Units.EMU_PER_POINT * 1L));
            assertThat((double) tallY / inlines.get(1).getExtent().getCx()).isCloseTo(5.0, offset(0.01));
            assertThat(inlines.get(1).getDocPr().getDescr()).isEqualTo(TALL_ALT);

            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).contains("圖：" + GIF_ALT);
        }
    }

    @Test
    void pdfDrawsThePicturesAsImageXObjectsInsideThePage() throws Exception {
        String xhtml = HtmlRenderer.page(pictures(), PdfRenderer.LANG, "", true);
        Matcher sizes = Pattern.compile("style=\"width:([0-9.]+)pt;height:([0-9.]+)pt\"").matcher(xhtml);
        List<double[]> printed = new ArrayList<>();
        while (sizes.find()) {
            printed.add(new double[] {Double.parseDouble(sizes.group(1)), Double.parseDouble(sizes.group(2))});
        }
        assertThat(printed).hasSize(2);
        assertThat(printed.get(0)[0]).isLessThanOrEqualTo(170 / 25.4 * 72 - 18);
        assertThat(printed.get(1)[1]).isLessThanOrEqualTo(ImageSize.MAX_HEIGHT_PT);
        assertThat(xhtml).contains("alt=\"" + WIDE_ALT + "\"", "alt=\"" + TALL_ALT + "\"").doesNotContain("alt=\"" + GIF_ALT);

        try (PDDocument pdf = Loader.loadPDF(new PdfRenderer().render(pictures()))) {
            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.isImageXObject(name)) {
                        images.add((PDImageXObject) resources.getXObject(name));
                    }
                }
            }
            assertThat(images).extracting(PDImageXObject::getWidth).containsExactlyInAnyOrder(2000, 400);
            assertThat(images).extracting(PDImageXObject::getHeight).containsExactlyInAnyOrder(500, 2000);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("宣導活動照片如下：", "圖：" + GIF_ALT);
        }
    }

    @Test
    void htmlKeepsTheAltTextOfAPictureItCannotShow() {
        String fragment = new HtmlRenderer().fragment(pictures());
        assertThat(fragment).contains("data:image/jpeg;base64,", "alt=\"" + WIDE_ALT + "\"", GIF_ALT)
                .doesNotContain("alt=\"" + GIF_ALT + "\"", "style=\"width:");
    }

    private static double cm(String length) {
        assertThat(length).endsWith("cm");
        return Double.parseDouble(length.substring(0, length.length() - 2));
    }

    private static byte[] encode(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 60, 90));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
