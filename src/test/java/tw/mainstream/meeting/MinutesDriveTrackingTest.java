package tw.mainstream.meeting;

import tw.mainstream.meeting.domain.MinutesStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.meeting.domain.AgendaService;
import tw.mainstream.meeting.domain.ItemDraft;
import tw.mainstream.meeting.domain.Meeting;
import tw.mainstream.meeting.domain.MeetingQueries;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.meeting.domain.MinutesContentService;
import tw.mainstream.meeting.domain.MinutesService;
import tw.mainstream.meeting.domain.ResolutionDraft;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;
import tw.mainstream.tracking.domain.DashboardFilter;
import tw.mainstream.tracking.domain.DashboardService;
import tw.mainstream.tracking.domain.ReportService;
import tw.mainstream.tracking.domain.SettingService;
import tw.mainstream.tracking.domain.TrackingProposal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The loop of 列管 across meetings, one record: confirming minutes opens a tracked item for the unit a
 * resolution names; the next meeting's follow-up section is generated from the open items with the
 * units' reports; confirming is refused while an entry has no outcome (naming it, nothing applied),
 * and applies every outcome to its item in the confirming transaction.
 */
class MinutesDriveTrackingTest extends IntegrationTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agenda;
    @Autowired MinutesContentService content;
    @Autowired MinutesService minutes;
    @Autowired MeetingQueries reads;
    @Autowired ReportService reports;
    @Autowired CommitteeApi committee;
    @Autowired JdbcTemplate jdbc;
    @Autowired SettingService settings;
    @Autowired DashboardService dashboard;

    private final CurrentUser sec() {
        return users.current("demo-secretariat");
    }

    private Long unit(String name) {
        return committee.unitByName(fixtures.agency("內政部移民署"), name).orElseThrow().id();
    }

    /** A confirmed meeting with two resolutions that leave work (移民資訊組, 秘書室) and one 洽悉. */
    private Long[] firstMeeting(Long tf, LocalDate date, MeetingStyle style) {
        var draft = MeetingFixtures.draft(date);
        Meeting first = meetings.create(tf, new tw.mainstream.meeting.domain.MeetingDraft(draft.kind(), draft.date(),
                draft.startTime(), draft.endTime(), draft.place(), null, null, null, null, draft.recorder(),
                draft.contactPerson(), null, null, style, null, null), sec());
        Long report = agenda.add(first.getId(), new ItemDraft(AgendaItemKind.REPORT, "「性別統計專題」案", null, null,
                null, 1, null), sec()).getId();
        Long dashboard = content.addResolution(first.getId(), report, new ResolutionDraft(ResolutionKind.RESOLUTION,
                ResolutionOutcome.ADOPTED, "請移民資訊組於下次會議提出性別統計儀表板。", unit("移民資訊組"), false), sec()).getId();
        Long noted = content.addResolution(first.getId(), report, new ResolutionDraft(ResolutionKind.RESOLUTION,
                ResolutionOutcome.NOTED, "洽悉。", unit("移民資訊組"), false), sec()).getId();
        Long other = agenda.add(first.getId(), new ItemDraft(AgendaItemKind.DISCUSSION, "有關哺集乳室設置案", null, null,
                null, 1, null), sec()).getId();
        Long room = content.addResolution(first.getId(), other, new ResolutionDraft(ResolutionKind.RESOLUTION,
                ResolutionOutcome.ADOPTED, "請秘書室增設哺集乳室。", unit("秘書室"), false), sec()).getId();
        minutes.confirm(first.getId(), sec());
        assertThat(items(noted)).as("洽悉 leaves nothing to track").isEmpty();
        return new Long[] {dashboard, room, first.getId()};
    }

    @Test
    void nextMeetingFollowsUpTheItemsAndConfirmingAppliesEveryOutcomeAtOnce() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        Long[] first = firstMeeting(tf, LocalDate.of(2023, 3, 1), MeetingStyle.SECTIONS);
        Long dashboard = first[0];
        Long room = first[1];
        assertThat(items(dashboard)).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("OPEN");
            assertThat(((Number) row.get("origin_meeting_id")).longValue()).isEqualTo(first[2]);
        });
        long dashboardItem = itemId(dashboard);
        reports.write(users.current("demo-liaison"), dashboardItem, unit("移民資訊組"), null,
                "已完成性別統計儀表板並上線。", TrackingProposal.PROPOSE_CLOSE, true, List.of());

        Meeting second = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2023, 9, 1)), sec());
        List<ItemView> followUps = reads.agenda(second.getId(), sec()).stream()
                .filter(i -> i.kind() == AgendaItemKind.FOLLOW_UP).toList();
        assertThat(followUps).extracting(ItemView::subject)
                .containsExactly("有關「性別統計專題」案", "有關哺集乳室設置案");
        assertThat(followUps.get(0).explanationText()).isEqualTo("已完成性別統計儀表板並上線。");
        assertThat(followUps.get(0).trackedItemId()).isEqualTo(dashboardItem);
        assertThat(followUps.get(1).explanationText()).isNull();
        // the minutes editor shows the unit's report beside the decision to take on it
        mvc.perform(get("/meetings/" + second.getId() + "/minutes/edit").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已完成性別統計儀表板並上線。")));

        assertThatThrownBy(() -> minutes.confirm(second.getId(), sec())).isInstanceOfSatisfying(DomainException.class,
                e -> {
                    assertThat(e.getMessageKey()).isEqualTo("meeting.error.followUpUndecided");
                    assertThat(e.getArgs()).containsExactly("有關「性別統計專題」案");
                });
        content.decideFollowUp(second.getId(), followUps.get(0).id(), ResolutionOutcome.CLOSED, null, sec());
        mvc.perform(post("/api/v1/meetings/" + second.getId() + "/minutes/confirm").with(users.as("demo-secretariat")).with(csrf())
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("上次會議決議辦理情形尚有未決定者：有關哺集乳室設置案。請選擇解除列管或繼續列管後，再確認會議紀錄。"));
        assertThat(items(dashboard).get(0).get("status")).as("nothing half-applied").isEqualTo("OPEN");
        assertThat(decisions(dashboardItem)).isZero();
        assertThat(reads.minutesState(second.getId(), sec()).status()).isNotEqualTo(MinutesStatus.CONFIRMED);

        mvc.perform(put("/api/v1/meetings/" + second.getId() + "/agenda-items/" + followUps.get(1).id() + "/decision")
                        .with(users.as("demo-secretariat")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"NOTED\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/meetings/" + second.getId() + "/agenda-items/" + followUps.get(1).id() + "/decision")
                        .with(users.as("demo-secretariat")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"CONTINUED\",\"text\":\"請秘書室賡續辦理，於下次會議報告。\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resolutions[0].outcome").value("CONTINUED"));
        minutes.confirm(second.getId(), sec());

        assertThat(items(dashboard).get(0).get("status")).isEqualTo("CLOSED");
        assertThat(items(room).get(0)).satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("OPEN");
            assertThat(((Number) row.get("round")).intValue()).isEqualTo(2);
        });
        assertThat(items(dashboard).get(0).get("closed_meeting_label")).isEqualTo("112 年第 2 次會議");
        assertThat(jdbc.queryForList("select kind from tracking_event where item_id = ? order by id", String.class,
                itemId(room))).containsExactly("OPENED", "DECIDED_CONTINUE");
        assertThat(jdbc.queryForObject("select new_instructions from tracking_decision where item_id = ?", String.class,
                itemId(room))).isEqualTo("請秘書室賡續辦理，於下次會議報告。");

        Meeting third = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2024, 3, 1)), sec());
        assertThat(reads.agenda(third.getId(), sec())).filteredOn(i -> i.kind() == AgendaItemKind.FOLLOW_UP)
                .extracting(ItemView::trackedItemId).containsExactly(itemId(room));
    }

    @Test
    void theStoredNextMeetingDateIsClearedOnceThatMeetingIsHeld() {
        Long tf = fixtures.taskForce("內政部移民署");
        Long[] first = firstMeeting(tf, LocalDate.of(2023, 3, 1), MeetingStyle.SECTIONS);
        settings.update(sec(), tf, settings.of(tf).columns(), LocalDate.of(2023, 9, 1), 7);
        Meeting second = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2023, 9, 1)), sec());
        reads.agenda(second.getId(), sec()).stream().filter(i -> i.kind() == AgendaItemKind.FOLLOW_UP)
                .forEach(i -> content.decideFollowUp(second.getId(), i.id(), ResolutionOutcome.CONTINUED, null, sec()));
        minutes.confirm(second.getId(), sec());

        assertThat(settings.of(tf).getNextMeetingDate()).as("the meeting it named has been held").isNull();
        assertThat(jdbc.queryForObject("select actor from tracking_event where item_id = ? and kind = 'DECIDED_CONTINUE'",
                String.class, itemId(first[0]))).as("named as people read it").isEqualTo(sec().displayName());
        // continued there, the items are due at the next meeting, not overdue since the one just held
        assertThat(dashboard.dashboard(sec(), new DashboardFilter(null, null, false, false, null, 0)).items())
                .filteredOn(line -> line.id() == itemId(first[0]) || line.id() == itemId(first[1])).hasSize(2)
                .allSatisfy(line -> {
                    assertThat(line.due()).isNull();
                    assertThat(line.overdue()).isFalse();
                });
    }

    @Test
    void aTrackingRefusalUndoesTheWholeConfirmation() {
        Long tf = fixtures.taskForce("內政部移民署");
        Long[] first = firstMeeting(tf, LocalDate.of(2023, 3, 1), MeetingStyle.SECTIONS);
        Meeting second = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2023, 9, 1)), sec());
        List<ItemView> followUps = reads.agenda(second.getId(), sec()).stream()
                .filter(i -> i.kind() == AgendaItemKind.FOLLOW_UP).toList();
        content.decideFollowUp(second.getId(), followUps.get(0).id(), ResolutionOutcome.CONTINUED, null, sec());
        content.decideFollowUp(second.getId(), followUps.get(1).id(), ResolutionOutcome.CLOSED, null, sec());
        jdbc.update("update tracking_item set status = 'CLOSED' where id = ?", itemId(first[1]));

        assertThatThrownBy(() -> minutes.confirm(second.getId(), sec())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("tracking.error.closed"));
        assertThat(reads.minutesState(second.getId(), sec()).status()).isNotEqualTo(MinutesStatus.CONFIRMED);
        assertThat(decisions(itemId(first[0]))).as("the first entry's decision was rolled back too").isZero();
        assertThat(((Number) items(first[0]).get(0).get("round")).intValue()).isEqualTo(1);
    }

    @Test
    void aTableRowIsDecidedByItsClosedMarkOrByTheRulingOnTheTable() {
        Long tf = fixtures.taskForce("內政部移民署");
        Long[] first = firstMeeting(tf, LocalDate.of(2023, 3, 1), MeetingStyle.CASES);
        var draft = MeetingFixtures.draft(LocalDate.of(2023, 9, 1));
        Meeting second = meetings.create(tf, new tw.mainstream.meeting.domain.MeetingDraft(draft.kind(), draft.date(),
                draft.startTime(), draft.endTime(), draft.place(), null, null, null, null, draft.recorder(),
                draft.contactPerson(), null, null, MeetingStyle.CASES, null, null), sec());
        ItemView table = reads.agenda(second.getId(), sec()).stream()
                .filter(i -> i.kind() == AgendaItemKind.FOLLOW_UP).findFirst().orElseThrow();
        assertThat(table.table()).extracting(FollowUpRowView::content)
                .containsExactly("請移民資訊組於下次會議提出性別統計儀表板。", "請秘書室增設哺集乳室。");
        assertThat(table.table()).extracting(FollowUpRowView::unitLabel).containsExactly("移民資訊組", "秘書室");
        assertThatThrownBy(() -> minutes.confirm(second.getId(), sec())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getArgs()).containsExactly("請移民資訊組於下次會議提出性別統計儀表板"));

        FollowUpRowView row = table.table().get(0);
        content.decideRow(second.getId(), row.id(), row.version(), true, sec());
        content.addResolution(second.getId(), table.id(), new ResolutionDraft(ResolutionKind.RULING,
                ResolutionOutcome.NOTED, "洽悉。", null, false), sec());
        minutes.confirm(second.getId(), sec());

        assertThat(items(first[0]).get(0).get("status")).isEqualTo("CLOSED");
        assertThat(items(first[1]).get(0).get("status")).as("blank under the chair's ruling: kept").isEqualTo("OPEN");
        assertThat(((Number) items(first[1]).get(0).get("round")).intValue()).isEqualTo(2);
    }

    private List<Map<String, Object>> items(Long resolutionId) {
        return jdbc.queryForList("select id, status, round, origin_meeting_id, closed_meeting_label from tracking_item "
                + "where origin_resolution_id = ?", resolutionId);
    }

    private long itemId(Long resolutionId) {
        return ((Number) items(resolutionId).get(0).get("id")).longValue();
    }

    private int decisions(long itemId) {
        return jdbc.queryForObject("select count(*) from tracking_decision where item_id = ?", Integer.class, itemId);
    }
}
