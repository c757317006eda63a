package tw.mainstream.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
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
import tw.mainstream.document.DocumentRenderer;
import tw.mainstream.importing.DraftImported;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.MinutesConfirmed;
import tw.mainstream.meeting.MinutesConfirmed.ConfirmedResolution;
import tw.mainstream.meeting.MinutesConfirmed.FollowUpDecision;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.shared.security.Mailboxes;
import tw.mainstream.support.CommitteeRows;
import tw.mainstream.support.ModuleTestDatabase;
import tw.mainstream.tracking.domain.ItemStatus;
import tw.mainstream.tracking.domain.TrackedItem;
import tw.mainstream.tracking.domain.TrackedItemRepository;

/**
 * The tracking module alone (with {@code shared}; the committee, meeting and document beans and the
 * account module's mailboxes mocked): the facts of
 * other modules drive it. Confirmed minutes open tracked items for resolutions that leave work and
 * close or continue the items their follow-up section decided, and the liaisons hear of a closing;
 * imported minutes open their open rows.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "shared")
@Tag("db")
class TrackingModuleTest {

    @MockitoBean
    CommitteeApi committee;
    @MockitoBean
    MeetingApi meetings;
    @MockitoBean
    DocumentRenderer documents;
    @MockitoBean
    Mailboxes mailboxes;
    @MockitoBean
    JavaMailSender mail;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TrackedItemRepository items;

    CommitteeRows rows;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        ModuleTestDatabase.register(registry);
        // tracking's e-mails on (the notice of a closed item), its daily reminders never
        registry.add("mainstream.tracking.reminders.enabled", () -> "true");
        registry.add("mainstream.tracking.reminders.cron", () -> "-");
    }

    @BeforeEach
    void committeeOfTheTest() {
        rows = CommitteeRows.create(jdbc);
        when(committee.taskForce(rows.taskForceId())).thenReturn(Optional.of(new TaskForceView(rows.taskForceId(),
                rows.agencyId(), "模組測試小組", QuorumRule.AT_LEAST_HALF, false, true, BigDecimal.ZERO, 6)));
        when(committee.units(rows.agencyId())).thenReturn(List.of(new UnitView(rows.unitId(), rows.agencyId(), "模組測試科")));
    }

    @Test
    void confirmedMinutesOpenAnItemAndTheNextMeetingClosesIt(Scenario scenario) {
        long resolutionId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        LocalDate first = LocalDate.of(2026, 3, 10);
        TrackedItem opened = confirm(scenario, first, "115年第1次會議",
                resolution(resolutionId, ResolutionOutcome.ADOPTED, "請資訊組按季提出性別統計分析"),
                resolution(resolutionId + 1, ResolutionOutcome.NOTED, "洽悉"));
        assertThat(opened.getStatus()).isEqualTo(ItemStatus.OPEN);
        assertThat(opened.getLeadUnitId()).isEqualTo(rows.unitId());
        assertThat(opened.getContent()).isEqualTo("請資訊組按季提出性別統計分析");
        assertThat(opened.getOriginDate()).isEqualTo(first);
        assertThat(items.findByOriginResolutionId(resolutionId + 1)).as("洽悉 leaves no work").isEmpty();

        LocalDate second = first.plusMonths(6);
        var close = new FollowUpDecision(opened.getId(), 3L, true, "已按季提出", null);
        scenario.publish(new MinutesConfirmed(null, rows.taskForceId(), second, "115年第2次會議", "module-test",
                        List.of(), List.of(close)))
                .andWaitForEventOfType(TrackedItemClosed.class)
                .matching(e -> e.itemId().equals(opened.getId()))
                .toArriveAndVerify(e -> {
                    assertThat(e.meetingDate()).isEqualTo(second);
                    assertThat(e.taskForceId()).isEqualTo(rows.taskForceId());
                    TrackedItem closed = items.findById(opened.getId()).orElseThrow();
                    assertThat(closed.getStatus()).isEqualTo(ItemStatus.CLOSED);
                    assertThat(closed.getClosedOn()).isEqualTo(second);
                    assertThat(closed.getClosedMeetingLabel()).isEqualTo("115年第2次會議");
                });
    }

    @Test
    void theLiaisonsOfAClosedItemAreToldWhichMeetingClosedIt(Scenario scenario) {
        when(mailboxes.liaisonsOf(any())).thenReturn(List.of("liaison@module.test"));
        long resolutionId = ThreadLocalRandom.current().nextLong(3_000_000_000L, 4_000_000_000L);
        LocalDate first = LocalDate.of(2026, 5, 6);
        TrackedItem opened = confirm(scenario, first, "115年第5次會議",
                resolution(resolutionId, ResolutionOutcome.ADOPTED, "建置性別統計專區"));
        assertThat(closedNotices(opened)).as("opening an item tells nobody it is closed").isEmpty();

        LocalDate second = first.plusMonths(3);
        var close = new FollowUpDecision(opened.getId(), 1L, true, "專區已上線", null);
        scenario.publish(new MinutesConfirmed(null, rows.taskForceId(), second, "115年第6次會議", "module-test",
                        List.of(), List.of(close)))
                .andWaitForStateChange(() -> closedNotices(opened), sent -> !sent.isEmpty())
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(m -> {
                    assertThat(m.getTo()).containsExactly("liaison@module.test");
                    assertThat(m.getSubject()).isEqualTo("【解除列管】列管事項 #" + opened.getId()
                            + " 經115年第6次會議決定解除列管");
                    assertThat(m.getText()).contains("建置性別統計專區", "115 年 8 月 6 日", "/tracking/items/" + opened.getId());
                }));
        verify(mailboxes, atLeastOnce()).liaisonsOf(argThat(units -> units.contains(rows.unitId())));
    }

    @Test
    void aContinuedItemStaysOpenForItsNextRound(Scenario scenario) {
        long resolutionId = ThreadLocalRandom.current().nextLong(2_000_000_000L, 3_000_000_000L);
        LocalDate first = LocalDate.of(2026, 4, 1);
        TrackedItem opened = confirm(scenario, first, "115年第3次會議",
                resolution(resolutionId, ResolutionOutcome.ADOPTED, "辦理性別主流化培訓"));

        var keep = new FollowUpDecision(opened.getId(), 2L, false, null, "下次會議報告辦理成果");
        scenario.publish(new MinutesConfirmed(null, rows.taskForceId(), first.plusMonths(6), "115年第4次會議",
                        "module-test", List.of(), List.of(keep)))
                .andWaitForStateChange(() -> items.findById(opened.getId()).orElseThrow(), item -> item.getRound() > 1)
                .andVerify(item -> assertThat(item.getStatus()).isEqualTo(ItemStatus.OPEN));
        assertThat(closedNotices(opened)).as("繼續列管 is no closing").isEmpty();
    }

    @Test
    void importedMinutesOpenTheirOpenRows(Scenario scenario) {
        String content = "性別預算編列情形（匯入 " + ThreadLocalRandom.current().nextInt(1_000_000) + "）";
        LocalDate rowDate = LocalDate.of(2015, 11, 2);
        scenario.publish(new DraftImported(1L, null, rows.taskForceId(), LocalDate.of(2016, 5, 3), "module-test",
                        List.of(new DraftImported.OpenRow(rowDate, content, rows.unitId()))))
                .andWaitForStateChange(() -> items.findAll().stream().filter(i -> content.equals(i.getContent())).toList(),
                        found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).singleElement().satisfies(item -> {
                    assertThat(item.getTaskForceId()).isEqualTo(rows.taskForceId());
                    assertThat(item.getOriginDate()).isEqualTo(rowDate);
                    assertThat(item.getOriginLabel()).isEqualTo("104/11/2 會議");
                    assertThat(item.getStatus()).isEqualTo(ItemStatus.OPEN);
                }));
    }

    /** Confirms minutes with these resolutions; answers the one tracked item the first of them opened. */
    private TrackedItem confirm(Scenario scenario, LocalDate date, String label, ConfirmedResolution... resolutions) {
        long first = resolutions[0].resolutionId();
        scenario.publish(new MinutesConfirmed(null, rows.taskForceId(), date, label, "module-test",
                        List.of(resolutions), List.of()))
                .andWaitForStateChange(() -> items.findByOriginResolutionId(first), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).hasSize(1));
        return items.findByOriginResolutionId(first).get(0);
    }

    /** The notices of this item's closing sent so far. */
    private List<SimpleMailMessage> closedNotices(TrackedItem item) {
        return mockingDetails(mail).getInvocations().stream().filter(i -> i.getMethod().getName().equals("send"))
                .map(i -> i.getArgument(0)).filter(SimpleMailMessage.class::isInstance).map(SimpleMailMessage.class::cast)
                .filter(m -> m.getSubject() != null && m.getSubject().contains("【解除列管】列管事項 #" + item.getId() + " "))
                .toList();
    }

    private ConfirmedResolution resolution(long id, ResolutionOutcome outcome, String text) {
        return new ConfirmedResolution(id, 1L, AgendaItemKind.DISCUSSION, "議題", null, null, rows.unitId(), outcome,
                text, null);
    }
}
