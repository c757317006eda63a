package tw.mainstream.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.MeetingFixtures;
import tw.mainstream.meeting.ResolutionKind;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.meeting.SpeakerKind;
import tw.mainstream.meeting.domain.AgendaService;
import tw.mainstream.meeting.domain.ItemDraft;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.meeting.domain.MinutesContentService;
import tw.mainstream.meeting.domain.MinutesService;
import tw.mainstream.meeting.domain.RemarkDraft;
import tw.mainstream.meeting.domain.ResolutionDraft;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/** Minutes, notice and sign-in sheet as PDF and DOCX, read back; public downloads only once published. */
class MeetingDocumentsTest extends IntegrationTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agenda;
    @Autowired MinutesContentService content;
    @Autowired MinutesService minutes;

    @Test
    void minutesDownloadAsDocumentsWithTheirTextAndOnlyPublishedForAnonymous() throws Exception {
        var sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        Long id = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2022, 7, 25)), sec).getId();
        Long item = agenda.add(id, new ItemDraft(AgendaItemKind.REPORT, "本局性別預算案", "第一點\n第二點", null, null, 1, null), sec).getId();
        content.addRemark(id, item, new RemarkDraft(SpeakerKind.MEMBER, "吳嘉麗", null, null, null, "建議納入培力課程經費。"), sec);
        content.addResolution(id, item, new ResolutionDraft(ResolutionKind.RESOLUTION, ResolutionOutcome.NOTED, "洽悉。", null, false), sec);
        String url = "/api/v1/meetings/" + id + "/minutes";

        byte[] pdf = mvc.perform(get(url).param("format", "pdf").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("本局性別預算案", "吳委員嘉麗", "洽悉");
        }
        byte[] docx = mvc.perform(get(url).param("format", "docx").with(users.as("demo-member")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("111 年", "本局性別預算案", "決議");
        }
        byte[] odt = mvc.perform(get(url).param("format", "odt").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(odt, 0, 2)).isEqualTo("PK");
        mvc.perform(get(url).param("format", "odt").param("version", "public")).andExpect(status().isNotFound());
        mvc.perform(get(url).param("format", "odt").with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(get(url).param("format", "rtf").with(users.as("demo-secretariat"))).andExpect(status().isBadRequest());

        minutes.confirm(id, sec);
        minutes.publish(id, sec);
        byte[] publicPdf = mvc.perform(get(url).param("format", "pdf").param("version", "public"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(publicPdf)) {
            // the agency's default public-name policy: members named in full, staff (the recorder) masked
            assertThat(new PDFTextStripper().getText(doc)).contains("吳委員嘉麗", "紀錄：曾O苓").doesNotContain("曾筠苓");
        }
        mvc.perform(get("/api/v1/meetings/" + id + "/sign-in-sheet").param("format", "docx").with(users.as("demo-secretariat")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/meetings/" + id + "/notice").param("format", "odt").with(users.as("demo-secretariat")))
                .andExpect(status().isOk());
    }
}
