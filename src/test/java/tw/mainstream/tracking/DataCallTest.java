package tw.mainstream.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;
import tw.mainstream.tracking.datacall.Answer;
import tw.mainstream.tracking.datacall.DataCall;
import tw.mainstream.tracking.datacall.DataCallQueries;
import tw.mainstream.tracking.datacall.DataCallService;
import tw.mainstream.tracking.datacall.SubmissionView;
import tw.mainstream.tracking.datacall.SubmissionStatus;
import tw.mainstream.tracking.domain.Sheets;

class DataCallTest extends IntegrationTest {

    @Autowired DataCallService service;
    @Autowired DataCallQueries reads;
    @Autowired TestUsers users;
    @Autowired CommitteeApi committee;

    static Answer budget(String plan, String planned) {
        return new Answer(Map.of("fiscalYear", "112"), Map.of("items", List.of(Map.of("category", "計畫類",
                "plan", plan, "issue", "提升女性參與", "planned", planned, "spent", "", "results", ""))));
    }

    Long unit(String name) {
        return committee.unitByName(users.current("demo-secretariat").agencyId(), name).orElseThrow().id();
    }

    SubmissionView of(CurrentUser user, long callId, String recipient) {
        return reads.detail(user, callId).submissions().stream().filter(s -> s.recipient().equals(recipient))
                .findFirst().orElseThrow();
    }

    @Test
    void sendSubmitReturnResubmitAcceptConsolidate() throws Exception {
        CurrentUser sec = users.current("demo-secretariat");
        CurrentUser liaison = users.current("demo-liaison");
        DataCall call = service.send(sec, new DataCallService.SendCommand("", "GENDER_BUDGET",
                LocalDate.now().plusDays(10), List.of(unit("移民資訊組"), unit("主計室")), List.of()));
        assertThat(reads.detail(liaison, call.getId()).submissions()).singleElement()
                .satisfies(s -> assertThat(s.recipient()).isEqualTo("移民資訊組"));
        long itSub = of(sec, call.getId(), "移民資訊組").id();
        var bad = service.answer(liaison, itSub, null, budget("資訊系統", "12.5"), true);
        assertThat(bad.problems()).singleElement().satisfies(p -> assertThat(p.messageKey())
                .isEqualTo("tracking.dataCall.error.amount"));
        assertThat(of(sec, call.getId(), "移民資訊組").status()).isEqualTo(SubmissionStatus.NOT_STARTED);
        assertThat(service.answer(liaison, itSub, null, budget("資訊系統性別統計", "1200"), true).problems()).isEmpty();
        service.returnWith(sec, itSub, "請補充執行數");
        assertThat(of(liaison, call.getId(), "移民資訊組").status()).isEqualTo(SubmissionStatus.RETURNED);
        service.answer(liaison, itSub, null, budget("資訊系統性別統計（修正）", "1300"), true);
        service.accept(sec, itSub);
        long acc = of(sec, call.getId(), "主計室").id();
        service.answer(sec, acc, null, budget("性別預算彙編", "50"), true);
        service.accept(sec, acc);
        var c = reads.consolidate(sec, call.getId(), Locale.TRADITIONAL_CHINESE);
        assertThat(c.rows()).hasSize(2);
        byte[] ods = mvc.perform(get("/data-calls/" + call.getId() + "/consolidated.ods").with(users.as("demo-secretariat")))
                .andReturn().getResponse().getContentAsByteArray();
        String all = Sheets.read("c.ods", ods).toString();
        assertThat(all).contains("資訊系統性別統計（修正）").contains("性別預算彙編").contains("1300");
        assertThatThrownBy(() -> reads.detail(users.current("demo-taipei"), call.getId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void cascadeDownTheAgencyTreeAndRollUp() {
        CurrentUser oversight = users.current("demo-oversight");
        CurrentUser nia = users.current("demo-secretariat");
        CurrentUser liaison = users.current("demo-liaison");
        DataCall top = service.send(oversight, new DataCallService.SendCommand("性別預算（部）", "GENDER_BUDGET",
                LocalDate.now().plusDays(20), List.of(), List.of(nia.agencyId())));
        SubmissionView niaSub = of(nia, top.getId(), "內政部移民署");
        DataCall child = service.passDown(nia, niaSub.id(), List.of(unit("移民資訊組")), LocalDate.now().plusDays(10));
        long unitSub = of(liaison, child.getId(), "移民資訊組").id();
        service.answer(liaison, unitSub, null, budget("大數據平臺", "800"), true);
        service.accept(nia, unitSub);
        assertThat(service.rollUp(nia, niaSub.id()).problems()).isEmpty();
        assertThat(of(oversight, top.getId(), "內政部移民署").status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(of(oversight, top.getId(), "內政部移民署").answer().tables().get("items"))
                .singleElement().satisfies(r -> assertThat(r.get("plan")).isEqualTo("大數據平臺"));
        // oversight reads the level below; the liaison only their own answer
        assertThat(reads.detail(oversight, child.getId()).submissions()).hasSize(1);
        assertThatThrownBy(() -> reads.detail(liaison, top.getId())).isInstanceOf(NotFoundException.class);
        service.accept(oversight, niaSub.id());
        assertThat(reads.consolidate(oversight, top.getId(), Locale.TRADITIONAL_CHINESE).rows()).hasSize(1);
    }

    /** A call of the template sent by the secretariat to 移民資訊組: the id of that unit's submission. */
    private long sentToInformationDivision(String template) {
        CurrentUser sec = users.current("demo-secretariat");
        DataCall call = service.send(sec, new DataCallService.SendCommand("", template,
                LocalDate.now().plusDays(10), List.of(unit("移民資訊組")), List.of()));
        return of(sec, call.getId(), "移民資訊組").id();
    }

    @Test
    void aRefusedAnswerShowsTheFormAgainWithWhatWasTyped() throws Exception {
        long sub = sentToInformationDivision("GENDER_BUDGET");
        String page = mvc.perform(post("/data-calls/submissions/" + sub).with(users.as("demo-liaison")).with(csrf())
                        .param("version", "0").param("action", "submit").param("f_fiscalYear", "112")
                        .param("t_items_0_plan", "性別統計專區維護").param("t_items_0_planned", "一百")
                        .param("t_items_1_plan", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("填報內容需要修正").contains("應為整數金額（千元），填入的是「一百」")
                .contains("value=\"112\"").contains("value=\"性別統計專區維護\"").contains("value=\"一百\"");
        // the typed row, then the three blank rows: the empty row sent was dropped
        assertThat(page).contains("name=\"t_items_3_plan\"").doesNotContain("name=\"t_items_4_plan\"");
        assertThat(reads.submission(users.current("demo-secretariat"), sub).submissions().get(0).status())
                .isEqualTo(SubmissionStatus.NOT_STARTED);
    }

    @Test
    void aSavedDateIsShownInTheRocCalendar() throws Exception {
        long sub = sentToInformationDivision("TRAINING");
        assertThat(service.answer(users.current("demo-liaison"), sub, null, new Answer(Map.of(), Map.of("courses",
                List.of(Map.of("course", "性別主流化基礎課程", "date", "111/7/25")))), false).problems()).isEmpty();
        mvc.perform(get("/data-calls/submissions/" + sub).with(users.as("demo-liaison"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("value=\"111/7/25\""),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("2022-07-25")))));
    }

    @Test
    void cannotSendToAnotherAgencysUnits() {
        CurrentUser taipei = users.current("demo-taipei");
        assertThatThrownBy(() -> service.send(taipei, new DataCallService.SendCommand("x", "TRAINING",
                LocalDate.now().plusDays(5), List.of(unit("移民資訊組")), List.of())))
                .hasMessage("tracking.dataCall.error.recipients");
    }
}
