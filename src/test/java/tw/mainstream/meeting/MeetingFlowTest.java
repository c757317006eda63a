package tw.mainstream.meeting;

import tw.mainstream.meeting.domain.AttendanceStatus;
import tw.mainstream.meeting.domain.AttendanceView;
import tw.mainstream.meeting.domain.QuorumView;

import tw.mainstream.meeting.domain.MeetingDocumentQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.meeting.domain.AgendaService;
import tw.mainstream.meeting.domain.AttendanceService;
import tw.mainstream.meeting.domain.ItemDraft;
import tw.mainstream.meeting.domain.Meeting;
import tw.mainstream.meeting.domain.MeetingDraft;
import tw.mainstream.meeting.domain.MeetingQueries;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.meeting.domain.MinutesContentService;
import tw.mainstream.meeting.domain.RemarkDraft;
import tw.mainstream.meeting.domain.Resolution;
import tw.mainstream.meeting.domain.ResolutionDraft;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/** Scheduling, the assembled agenda (follow-up, report requests, rotation), attendance and quorum. */
class MeetingFlowTest extends IntegrationTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agenda;
    @Autowired AttendanceService attendance;
    @Autowired MinutesContentService content;
    @Autowired MeetingQueries reads;
    @Autowired MeetingApi api;
    @Autowired MeetingDocumentQueries documents;
    @Autowired tw.mainstream.meeting.domain.MinutesService minutes;

    static MeetingDraft draft(LocalDate date) {
        return MeetingFixtures.draft(date);
    }

    @Test
    void schedulesWithNumberConvenerAsChairFixedPartsAndAttendance() {
        CurrentUser sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        Meeting first = meetings.create(tf, draft(LocalDate.of(2022, 7, 25)), sec);
        Meeting second = meetings.create(tf, draft(LocalDate.of(2022, 12, 5)), sec);
        MeetingView view = api.meeting(second.getId(), sec);
        assertThat(api.meeting(first.getId(), sec).number()).isEqualTo("111 年第 1 次會議");
        assertThat(view.number()).isEqualTo("111 年第 2 次會議");
        assertThat(view.chairName()).isEqualTo("林興春");
        assertThat(view.chairTitle()).isEqualTo("副署長");
        assertThat(api.agenda(second.getId(), sec)).extracting(ItemView::kind)
                .startsWith(AgendaItemKind.ANNOUNCE, AgendaItemKind.CHAIR_REMARKS, AgendaItemKind.CONFIRM_PREVIOUS);
        assertThat(documents.attendance(second.getId(), sec)).hasSize(5).filteredOn(AttendanceView::voting).hasSize(4);
    }

    @Test
    void agendaFollowsUpOpenTrackedItemsReportRequestsAndTheRotation() {
        CurrentUser sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        List<Long> units = fixtures.units("內政部移民署");
        Long agencyId = fixtures.agency("內政部移民署");
        agenda.setRotation(tf, agencyId, "本署 109 年性別平等工作小組第 1 次會議報告事項決議", units.subList(0, 3), sec);
        Meeting a = meetings.create(tf, draft(LocalDate.of(2021, 12, 1)), sec);
        ItemView special = api.agenda(a.getId(), sec).stream().filter(i -> i.kind() == AgendaItemKind.SPECIAL_REPORT)
                .findFirst().orElseThrow();
        assertThat(special.unitId()).isEqualTo(units.get(0));
        Long item = agenda.add(a.getId(), new ItemDraft(AgendaItemKind.REPORT, "移民署協助失聯移工懷孕婦女安置機制",
                null, units.get(1), null, 1, null), sec).getId();
        Resolution open = content.addResolution(a.getId(), item, new ResolutionDraft(ResolutionKind.RESOLUTION,
                ResolutionOutcome.CONTINUED, "請依委員意見賡續辦理，於下次會議再次報告辦理情形。", units.get(1), false), sec);
        content.addResolution(a.getId(), item, new ResolutionDraft(ResolutionKind.RESOLUTION, ResolutionOutcome.NOTED,
                "洽悉。", null, false), sec);
        Long hack = agenda.add(a.getId(), new ItemDraft(AgendaItemKind.EXTEMPORE, "性別駭客松分享", null, null, null, 1, null), sec).getId();
        content.addResolution(a.getId(), hack, new ResolutionDraft(ResolutionKind.RESOLUTION, ResolutionOutcome.OTHER,
                "請於下次會議安排報告。", null, true), sec);
        minutes.confirm(a.getId(), sec);

        Meeting b = meetings.create(tf, draft(LocalDate.of(2022, 7, 25)), sec);
        List<ItemView> items = api.agenda(b.getId(), sec);
        assertThat(items).filteredOn(i -> i.kind() == AgendaItemKind.FOLLOW_UP)
                .singleElement().satisfies(i -> {
                    assertThat(i.originResolutionId()).isEqualTo(open.getId());
                    assertThat(i.trackedItemId()).isNotNull();
                    assertThat(i.subject()).isEqualTo("有關移民署協助失聯移工懷孕婦女安置機制案");
                });
        assertThat(items).filteredOn(i -> i.kind() == AgendaItemKind.REPORT)
                .singleElement().satisfies(i -> assertThat(i.subject()).isEqualTo("性別駭客松分享"));
        ItemView next = items.stream().filter(i -> i.kind() == AgendaItemKind.SPECIAL_REPORT).findFirst().orElseThrow();
        assertThat(next.unitId()).isEqualTo(units.get(1));
        assertThat(next.explanationText()).startsWith("依據本署 109 年性別平等工作小組第 1 次會議報告事項決議，本次輪由"
                + next.unitLabel() + "報告。");
    }

    @Test
    void quorumIsShownAndAResolutionWithoutItIsSavedButFlagged() {
        CurrentUser sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        Meeting m = meetings.create(tf, draft(LocalDate.of(2022, 7, 25)), sec);
        Long item = agenda.add(m.getId(), new ItemDraft(AgendaItemKind.DISCUSSION, "性別預算案", null, null, null, 1, null), sec).getId();
        assertThat(documents.quorum(m.getId(), sec)).isEqualTo(new QuorumView(0, 2, 4, false));
        Resolution flagged = content.addResolution(m.getId(), item, new ResolutionDraft(ResolutionKind.RESOLUTION,
                ResolutionOutcome.ADOPTED, null, null, false), sec);
        assertThat(flagged.isQuorumMet()).isFalse();
        assertThat(documents.minutes(m.getId(), sec, false).sections().stream().flatMap(s -> s.items().stream())
                .flatMap(i -> i.resolutions().stream())).singleElement().satisfies(r -> assertThat(r.quorumMet()).isFalse());

        List<AttendanceView> rows = documents.attendance(m.getId(), sec);
        AttendanceView convener = rows.get(0);
        AttendanceView external = rows.stream().filter(r -> !r.internal()).findFirst().orElseThrow();
        AttendanceView internal = rows.stream().filter(r -> r.internal() && r.voting() && r != convener).findFirst().orElseThrow();
        assertThatThrownBy(() -> attendance.mark(m.getId(), external.id(), external.version(), AttendanceStatus.PROXY, "某人", sec))
                .isInstanceOf(DomainException.class).hasMessage("meeting.error.proxyExternal");
        assertThatThrownBy(() -> attendance.mark(m.getId(), internal.id(), internal.version(), AttendanceStatus.PROXY, " ", sec))
                .hasMessage("meeting.error.proxyName");
        attendance.mark(m.getId(), convener.id(), convener.version(), AttendanceStatus.PRESENT, null, sec);
        attendance.mark(m.getId(), internal.id(), internal.version(), AttendanceStatus.PROXY, "李代理", sec);
        attendance.mark(m.getId(), external.id(), external.version(), AttendanceStatus.PRESENT, null, sec);
        assertThat(documents.quorum(m.getId(), sec)).isEqualTo(new QuorumView(3, 2, 4, true));
        Resolution ok = content.addResolution(m.getId(), item, new ResolutionDraft(ResolutionKind.RESOLUTION,
                ResolutionOutcome.ADOPTED, null, null, false), sec);
        assertThat(ok.isQuorumMet()).isTrue();
        assertThat(attendance.fees(m.getId(), sec)).singleElement()
                .satisfies(f -> assertThat(f.name()).isEqualTo(external.name()));
    }

    @Test
    void agendaKeepsTheOrderOfItsSectionsNotTheAlphabet() {
        CurrentUser sec = users.current("demo-secretariat");
        Meeting m = meetings.create(fixtures.taskForce("內政部移民署"), draft(LocalDate.of(2022, 8, 1)), sec);
        agenda.add(m.getId(), new ItemDraft(AgendaItemKind.EXTEMPORE, "臨時動議案", null, null, null, 1, null), sec);
        agenda.add(m.getId(), new ItemDraft(AgendaItemKind.DISCUSSION, "討論案", null, null, null, 1, null), sec);
        agenda.add(m.getId(), new ItemDraft(AgendaItemKind.REPORT, "報告案", null, null, null, 1, null), sec);

        List<AgendaItemKind> kinds = api.agenda(m.getId(), sec).stream().map(i -> i.kind())
                .filter(k -> k.isSubstantive()).toList();

        assertThat(kinds).containsSubsequence(AgendaItemKind.REPORT, AgendaItemKind.DISCUSSION, AgendaItemKind.EXTEMPORE);
        assertThat(kinds.indexOf(AgendaItemKind.REPORT)).isLessThan(kinds.indexOf(AgendaItemKind.DISCUSSION));
    }

    @Test
    void anotherAgencyGetsNotFoundAndStaleEditsAreRefused() {
        CurrentUser sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        Meeting m = meetings.create(tf, draft(LocalDate.of(2022, 7, 25)), sec);
        assertThatThrownBy(() -> api.meeting(m.getId(), users.current("demo-taipei"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> api.meetingsOf(tf, users.current("demo-taipei"))).isInstanceOf(NotFoundException.class);
        assertThat(api.meeting(m.getId(), users.current("demo-oversight")).id()).isEqualTo(m.getId());
        assertThatThrownBy(() -> meetings.postpone(m.getId(), "颱風", users.current("demo-member")))
                .hasMessage("error.forbidden");

        Long item = agenda.add(m.getId(), new ItemDraft(AgendaItemKind.REPORT, "性別預算案", null, null, null, 1, null), sec).getId();
        RemarkDraft draft = new RemarkDraft(SpeakerKind.MEMBER, null, null, null, null, "建議納入培力課程經費。");
        var remark = content.addRemark(m.getId(), item, draft, sec);
        long seen = remark.getVersion();
        content.editRemark(m.getId(), remark.getId(), seen, draft, sec);
        content.editRemark(m.getId(), remark.getId(), seen,
                new RemarkDraft(SpeakerKind.MEMBER, null, null, null, null, "第一位使用者的修改"), sec);
        assertThatThrownBy(() -> content.editRemark(m.getId(), remark.getId(), seen,
                new RemarkDraft(SpeakerKind.MEMBER, null, null, null, null, "第二位使用者的修改"), sec))
                .hasMessage("error.conflict");
        assertThat(api.agenda(m.getId(), sec).stream().flatMap(i -> i.remarks().stream()))
                .extracting(RemarkView::text).containsExactly("第一位使用者的修改");
    }
}
