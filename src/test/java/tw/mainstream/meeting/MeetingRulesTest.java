package tw.mainstream.meeting;

import tw.mainstream.meeting.domain.AttendanceStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.mainstream.meeting.domain.Attendance;
import tw.mainstream.meeting.domain.Meeting;
import tw.mainstream.meeting.domain.Numbering;
import tw.mainstream.meeting.domain.Points;
import tw.mainstream.meeting.domain.ReportRotation;
import tw.mainstream.meeting.domain.Resolution;

/** Plain rules: numbering, points, the state machine, the rotation, proxies, the quorum flag. */
class MeetingRulesTest {

    @Test
    void numberingFollowsTheOfficialOutline() {
        assertThat(Numbering.label(0, 1)).isEqualTo("壹、");
        assertThat(Numbering.label(0, 8)).isEqualTo("捌、");
        assertThat(Numbering.label(0, 10)).isEqualTo("拾、");
        assertThat(Numbering.label(1, 3)).isEqualTo("三、");
        assertThat(Numbering.label(1, 12)).isEqualTo("十二、");
        assertThat(Numbering.label(1, 20)).isEqualTo("二十、");
        assertThat(Numbering.label(2, 4)).isEqualTo("(四)");
        assertThat(Numbering.label(3, 2)).isEqualTo("2.");
        assertThat(Numbering.label(4, 2)).isEqualTo("(2)");
    }

    @Test
    void pointsAreNumberedFromTheirStructure() {
        List<Points.Point> points = Points.number("結婚登記部分\n註記權責部分\n  戶政機關受理\n  本署受理\n註記之效益", 1);
        assertThat(points).extracting(Points.Point::label).containsExactly("一、", "二、", "(一)", "(二)", "三、");
        assertThat(points.get(2).text()).isEqualTo("戶政機關受理");
        assertThat(Points.number("單一意見。", 1)).singleElement().satisfies(p -> assertThat(p.label()).isEmpty());
        assertThat(Points.number("第一點\n第二點", 4)).extracting(Points.Point::label).containsExactly("(1)", "(2)");
    }

    @Test
    void stateMachineAllowsOnlyTheDocumentedSteps() {
        Meeting m = new Meeting(1L, 1L, 111, 1, MeetingKind.REGULAR, LocalDate.of(2022, 7, 25));
        assertThatThrownBy(() -> m.moveTo(MeetingStatus.CONFIRMED, null)).hasMessage("meeting.error.transition");
        assertThatThrownBy(() -> m.moveTo(MeetingStatus.POSTPONED, " ")).hasMessage("meeting.error.reasonRequired");
        m.moveTo(MeetingStatus.POSTPONED, "颱風停班");
        assertThat(m.getStatusReason()).isEqualTo("颱風停班");
        m.moveTo(MeetingStatus.PLANNED, null);
        m.moveTo(MeetingStatus.HELD, null);
        m.moveTo(MeetingStatus.MINUTES_DRAFT, null);
        m.moveTo(MeetingStatus.CIRCULATED, null);
        m.moveTo(MeetingStatus.CONFIRMED, null);
        assertThatThrownBy(m::requireMinutesEditable).hasMessage("meeting.error.minutesLocked");
        assertThatThrownBy(() -> m.moveTo(MeetingStatus.CANCELLED, "x")).hasMessage("meeting.error.transition");
        m.moveTo(MeetingStatus.PUBLISHED, null);
        assertThat(m.getStatus()).isEqualTo(MeetingStatus.PUBLISHED);
    }

    @Test
    void rotationGoesToTheUnitAfterTheLastReporterAndWrapsAround() {
        ReportRotation r = new ReportRotation(1L, "決議", List.of(10L, 20L, 30L));
        assertThat(r.next(null)).isEqualTo(10L);
        assertThat(r.next(10L)).isEqualTo(20L);
        assertThat(r.next(30L)).isEqualTo(10L);
        assertThat(r.next(99L)).isEqualTo(10L);
    }

    @Test
    void proxiesOnlyForInternalMembersWhereTheCharterAllows() {
        Attendance external = new Attendance(1L, 1, null, null, "吳嘉麗", "委員", null, false, true);
        Attendance internal = new Attendance(1L, 2, null, null, "王美玲", "委員", null, true, true);
        assertThatThrownBy(() -> external.mark(AttendanceStatus.PROXY, "某人", true)).hasMessage("meeting.error.proxyExternal");
        assertThatThrownBy(() -> internal.mark(AttendanceStatus.PROXY, "李代理", false)).hasMessage("meeting.error.proxyNotAllowed");
        internal.mark(AttendanceStatus.PROXY, "李代理", true);
        assertThat(internal.getProxyName()).isEqualTo("李代理");
        internal.mark(AttendanceStatus.PRESENT, "ignored", true);
        assertThat(internal.getProxyName()).isNull();
    }

    @Test
    void resolutionKeepsTheQuorumAtRecordingTime() {
        Resolution r = new Resolution(1L, 1);
        r.quorum(3, 4);
        assertThat(r.isQuorumMet()).isFalse();
        r.quorum(4, 4);
        assertThat(r.isQuorumMet()).isTrue();
    }
}
