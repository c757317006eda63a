package tw.mainstream.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * The meeting's iCalendar file, read back by an independent library (ical4j): the invitation
 * names the organizer and every member with an address, lines end in CRLF and stay within 75
 * octets, SEQUENCE rises with a change and a cancelled meeting gives METHOD:CANCEL.
 */
class InviteIcsTest extends IntegrationTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;

    private String ics(String url, String user) throws Exception {
        return new String(mvc.perform(get(url).with(users.as(user))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(String ics) throws Exception {
        return parse(ics).<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static int sequence(String ics) throws Exception {
        return Integer.parseInt(event(ics).getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    @Test
    void invitationParsesWithAttendeesFoldedLinesAndCancellation() throws Exception {
        var sec = users.current("demo-secretariat");
        Long id = meetings.create(fixtures.taskForce("內政部移民署"), MeetingFixtures.draft(LocalDate.of(2022, 7, 25)), sec)
                .getId();

        String ics = ics("/api/v1/meetings/" + id + "/invite.ics", "demo-secretariat");
        assertThat(parse(ics).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = event(ics);
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getParameter("CN")).isPresent();
        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(Attendee::getValue).contains("mailto:wu@example.org");
        assertThat(attendees).allSatisfy(a -> assertThat(a.getParameter("CN")).isPresent());
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("meeting-" + id + "@mainstream");
        assertThat(ics).endsWith("\r\n").doesNotContainPattern("[^\r]\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics("/meetings/" + id + "/invite.ics", "demo-secretariat")).contains("BEGIN:VEVENT");

        int before = sequence(ics);
        meetings.cancel(id, "颱風停班，改期另行通知", sec);
        String cancelled = ics("/api/v1/meetings/" + id + "/invite.ics", "demo-member");
        assertThat(parse(cancelled).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(event(cancelled).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(sequence(cancelled)).isGreaterThan(before);
    }

    @Test
    void anotherAgencysMeetingIsNotFound() throws Exception {
        var sec = users.current("demo-secretariat");
        Long id = meetings.create(fixtures.taskForce("內政部移民署"), MeetingFixtures.draft(LocalDate.of(2022, 8, 1)), sec)
                .getId();
        mvc.perform(get("/api/v1/meetings/" + id + "/invite.ics").with(users.as("demo-taipei")))
                .andExpect(status().isNotFound());
    }
}
