package tw.mainstream.meeting.document;

import tw.mainstream.meeting.domain.MeetingDocumentQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.MeetingFixtures;
import tw.mainstream.meeting.domain.AgendaService;
import tw.mainstream.meeting.domain.AttachmentService;
import tw.mainstream.meeting.domain.ItemDraft;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.meeting.domain.MinutesService;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * A picture attached to a minutes item reaches the ODT, DOCX and PDF downloads (internal and, once
 * published, public), with its caption as alternative text; the facade serves its bytes only within
 * the meeting's scope.
 */
class MinutesPicturesTest extends IntegrationTest {

    private static final String CAPTION = "性別平等宣導活動照片";

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agenda;
    @Autowired AttachmentService attachments;
    @Autowired MinutesService minutes;
    @Autowired MeetingApi api;
    @Autowired MeetingDocumentQueries documents;

    @Test
    void pictureAttachmentsOfItemsAreInTheMinutesDocuments() throws Exception {
        CurrentUser sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        Long id = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2022, 7, 25)), sec).getId();
        Long item = agenda.add(id, new ItemDraft(AgendaItemKind.REPORT, "宣導活動辦理情形", "第一點\n第二點", null, null, 1, null), sec).getId();
        byte[] png = png(60, 30);
        Long pictureId = attachments.upload(id, item, null, "活動照片.png", png, CAPTION, sec).getId();
        attachments.upload(id, item, null, "附件.pdf", "%PDF-1.4 test".getBytes(), null, sec);
        String url = "/api/v1/meetings/" + id + "/minutes";

        byte[] odt = download(url, "odt", false);
        try (OdfTextDocument doc = OdfTextDocument.loadDocument(new ByteArrayInputStream(odt))) {
            List<String> pictures = doc.getPackage().getFilePaths().stream().filter(p -> p.startsWith("Pictures/")).toList();
            assertThat(pictures).singleElement().satisfies(p -> assertThat(doc.getPackage().getBytes(p)).isEqualTo(png));
            assertThat(new String(doc.getPackage().getBytes("content.xml"), StandardCharsets.UTF_8)).contains(CAPTION);
        }
        byte[] docx = download(url, "docx", false);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getAllPictures()).extracting(XWPFPictureData::getData).containsExactly(png);
        }
        assertThat(pdfImages(download(url, "pdf", false))).containsExactly("60x30");

        // the facade: a reader of the meeting only; another agency gets 404
        assertThat(documents.attachmentContent(id, pictureId, sec, false)).isEqualTo(png);
        assertThatThrownBy(() -> documents.attachmentContent(id, pictureId, users.current("demo-taipei"), false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.attachmentContent(id, pictureId, CurrentUser.ANONYMOUS, true))
                .isInstanceOf(NotFoundException.class);

        minutes.confirm(id, sec);
        minutes.publish(id, sec);
        assertThat(documents.attachmentContent(id, pictureId, CurrentUser.ANONYMOUS, true)).isEqualTo(png);
        byte[] publicPdf = download(url, "pdf", true);
        assertThat(pdfImages(publicPdf)).containsExactly("60x30");
        byte[] publicDocx = download(url, "docx", true);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(publicDocx))) {
            assertThat(doc.getAllPictures()).extracting(XWPFPictureData::getData).containsExactly(png);
        }
    }

    @Test
    void thePublicVersionServesOnlyAttachmentsOfThatMeeting() throws Exception {
        CurrentUser sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        Long first = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2022, 8, 1)), sec).getId();
        Long second = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2022, 9, 1)), sec).getId();
        Long item = agenda.add(second, new ItemDraft(AgendaItemKind.REPORT, "照片", null, null, null, 1, null), sec).getId();
        Long other = attachments.upload(second, item, null, "a.png", png(5, 5), null, sec).getId();
        minutes.confirm(first, sec);
        minutes.publish(first, sec);
        assertThatThrownBy(() -> documents.attachmentContent(first, other, CurrentUser.ANONYMOUS, true))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.attachmentContent(first, other, sec, false))
                .isInstanceOf(NotFoundException.class);
    }

    private byte[] download(String url, String format, boolean publicVersion) throws Exception {
        var request = get(url).param("format", format);
        if (publicVersion) {
            request.param("version", "public");
        } else {
            request.with(users.as("demo-secretariat"));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static List<String> pdfImages(byte[] pdf) throws Exception {
        List<String> sizes = new ArrayList<>();
        try (var doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        sizes.add(image.getWidth() + "x" + image.getHeight());
                    }
                }
            }
            assertThat(new PDFTextStripper().getText(doc)).contains("宣導活動辦理情形");
        }
        return sizes;
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x < width / 2 ? Color.MAGENTA : Color.CYAN).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
