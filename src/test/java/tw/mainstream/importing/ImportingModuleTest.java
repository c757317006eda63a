package tw.mainstream.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.QuorumRule;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.committee.UnitView;
import tw.mainstream.importing.draft.DraftContent;
import tw.mainstream.importing.draft.ImportDraft;
import tw.mainstream.importing.draft.MinutesImportService;
import tw.mainstream.meeting.HeldMeetingRecord;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.meeting.MeetingView;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.ModuleTestDatabase;

/**
 * The importing module alone (with {@code shared}; the committee and meeting APIs mocked): saving a
 * draft of past minutes as a meeting announces {@link DraftImported} with the follow-up table's open
 * rows, the fact tracking reacts to; rows marked 解列 or naming no unit of the agency stay out.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "shared")
@Tag("db")
class ImportingModuleTest {
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 5_000_000_000L);
    private static final List<String> UNITS = List.of("綜合企劃組", "應用服務組", "系統發展組", "設備網路組", "秘書室",
            "人事室", "會計室", "政風室");

    @MockitoBean
    CommitteeApi committee;
    @MockitoBean
    MeetingApi meetings;

    @Autowired
    MinutesImportService imports;

    long agencyId;
    long taskForceId;
    List<UnitView> units;
    CurrentUser secretariat;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        ModuleTestDatabase.register(registry);
    }

    @BeforeEach
    void agencyOfTheTest() {
        agencyId = IDS.incrementAndGet();
        taskForceId = IDS.incrementAndGet();
        units = new ArrayList<>();
        for (String name : UNITS) {
            units.add(new UnitView(IDS.incrementAndGet(), agencyId, name));
        }
        secretariat = new CurrentUser("module-secretariat", "幕僚", AccountRole.SECRETARIAT, agencyId, null, null,
                Set.of(agencyId));
        when(committee.taskForce(taskForceId)).thenReturn(Optional.of(new TaskForceView(taskForceId, agencyId,
                "臺北市政府資訊局性別平等專案小組", QuorumRule.AT_LEAST_HALF, false, true, BigDecimal.ZERO, 6)));
        when(committee.units(agencyId)).thenReturn(units);
        when(meetings.meetingsOf(any(), any())).thenReturn(List.of());
    }

    @Test
    void savingADraftAnnouncesTheOpenRowsOfItsFollowUpTable(Scenario scenario) {
        byte[] taipei = ExampleMinutes.bytes(ImportWebTest.TAIPEI);
        ImportDraft uploaded = imports.upload(taskForceId, List.of(new MinutesImportService.Upload(ImportWebTest.TAIPEI,
                taipei)), secretariat).get(0);
        DraftContent content = imports.content(uploaded);
        assertThat(content.items.get(0).rows).extracting(r -> r.unit).containsExactly("綜合企劃組", "系統發展組");
        content.items.get(0).rows.get(1).closed = "是";
        assertThat(imports.update(uploaded.getId(), uploaded.getVersion(), content, secretariat)).isEmpty();
        ImportDraft draft = imports.review(uploaded.getId(), secretariat).draft();
        long meetingId = IDS.incrementAndGet();
        when(meetings.recordHeldMeeting(any(HeldMeetingRecord.class), any())).thenReturn(meeting(meetingId));

        scenario.stimulate(() -> imports.saveAsMeeting(draft.getId(), draft.getVersion(), false, true, secretariat))
                .andWaitForEventOfType(DraftImported.class)
                .matching(e -> e.draftId().equals(draft.getId()))
                .toArriveAndVerify((event, outcome) -> {
                    assertThat(outcome.problems()).isEmpty();
                    assertThat(event.meetingId()).isEqualTo(meetingId);
                    assertThat(event.taskForceId()).isEqualTo(taskForceId);
                    assertThat(event.actor()).isEqualTo("module-secretariat");
                    assertThat(event.openRows()).as("the row marked 解列 stays out").singleElement().satisfies(row -> {
                        assertThat(row.unitId()).isEqualTo(unit("綜合企劃組"));
                        assertThat(row.openedOn()).isEqualTo(LocalDate.of(2015, 10, 12));
                        assertThat(row.content()).isNotBlank();
                    });
                });
    }

    private Long unit(String name) {
        return units.stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }

    private MeetingView meeting(long id) {
        return new MeetingView(id, taskForceId, agencyId, "臺北市政府資訊局性別平等專案小組", "105 年第 2 次會議", null, 105, 2,
                LocalDate.of(2016, 12, 21), null, null, null, null, null, null, null, null, null, MeetingStatus.CONFIRMED,
                null, null, null, null, null, null, null, null, null, null, 0);
    }
}
