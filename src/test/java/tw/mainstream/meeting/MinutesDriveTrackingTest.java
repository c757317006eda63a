package tw.mainstream.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.mainstream.meeting.domain.AgendaService;
import tw.mainstream.meeting.domain.ItemDraft;
import tw.mainstream.meeting.domain.Meeting;
import tw.mainstream.meeting.domain.MeetingReads;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.meeting.domain.MinutesContentService;
import tw.mainstream.meeting.domain.MinutesService;
import tw.mainstream.meeting.domain.ResolutionDraft;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * The loop of 列管 across two meetings: confirming minutes opens a tracked item for the unit a
 * resolution names; the next meeting's follow-up item decides it, and only that closes it.
 */
class MinutesDriveTrackingTest extends IntegrationTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agenda;
    @Autowired MinutesContentService content;
    @Autowired MinutesService minutes;
    @Autowired MeetingReads reads;
    @Autowired JdbcTemplate jdbc;

    @Test
    void confirmedResolutionOpensAnItemAndTheNextMeetingClosesIt() {
        CurrentUser sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        Long itUnit = fixtures.units("內政部移民署").get(3);
        Meeting first = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2023, 3, 1)), sec);
        Long item = agenda.add(first.getId(), new ItemDraft(AgendaItemKind.REPORT, "性別統計專題", null, null, null, 1, null), sec).getId();
        Long resolution = content.addResolution(first.getId(), item, new ResolutionDraft(ResolutionKind.RESOLUTION,
                ResolutionOutcome.ADOPTED, "請資訊單位於下次會議提出性別統計儀表板。", itUnit, false), sec).getId();
        Long noted = content.addResolution(first.getId(), item, new ResolutionDraft(ResolutionKind.RESOLUTION,
                ResolutionOutcome.NOTED, "洽悉。", itUnit, false), sec).getId();

        assertThat(trackedItems(resolution)).isEmpty();
        minutes.confirm(first.getId(), sec);
        assertThat(trackedItems(resolution)).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isEqualTo("OPEN");
            assertThat(((Number) row.get(1)).longValue()).isEqualTo(itUnit);
        });
        assertThat(trackedItems(noted)).as("洽悉 leaves nothing to track").isEmpty();

        Meeting second = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2023, 9, 1)), sec);
        ItemView followUp = reads.agenda(second.getId(), sec).stream()
                .filter(i -> resolution.equals(i.originResolutionId())).findFirst().orElseThrow();
        content.addResolution(second.getId(), followUp.id(), new ResolutionDraft(ResolutionKind.RESOLUTION,
                ResolutionOutcome.CLOSED, "解除列管。", null, false), sec);
        assertThat(trackedItems(resolution)).singleElement().satisfies(row -> assertThat(row.get(0)).isEqualTo("OPEN"));
        minutes.confirm(second.getId(), sec);
        assertThat(trackedItems(resolution)).singleElement().satisfies(row -> assertThat(row.get(0)).isEqualTo("CLOSED"));
    }

    private List<List<Object>> trackedItems(Long resolutionId) {
        return jdbc.query("select status, lead_unit_id from tracking_item where origin_resolution_id = ?",
                (rs, n) -> List.<Object>of(rs.getString(1), rs.getLong(2)), resolutionId);
    }
}
