package tw.mainstream.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.MeetingFixtures;
import tw.mainstream.meeting.MeetingView;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * The demo's two example meetings, downloaded as ODT, DOCX and HTML, keep every line of the minutes
 * the agencies published (src/test/resources/minutes/*.txt, the same as shared/examples/minutes),
 * compared as shared/tools/minutes-diff does, except the differences listed with their reason in
 * src/test/resources/minutes/seed-differences.txt. The PDF's figure is printed, not asserted
 * (pdftotext and PDFBox cut table rows across columns).
 */
class SeedFidelityTest extends IntegrationTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired MeetingApi meetings;
    @Autowired CommitteeApi committee;

    @Test
    void niaMinutesKeepEveryLineOfTheSeed() throws Exception {
        check("nia-111-1", "內政部移民署", LocalDate.of(2022, 7, 25), "demo-secretariat");
    }

    @Test
    void taipeiMinutesKeepEveryLineOfTheSeed() throws Exception {
        check("taipei-doit-105-2", "臺北市政府資訊局", LocalDate.of(2016, 9, 21), "demo-taipei");
    }

    private void check(String seed, String agency, LocalDate date, String account) throws Exception {
        String reference = resource("/minutes/" + seed + ".txt");
        Map<String, String> allowed = allowed(seed);
        Long taskForce = committee.taskForcesOf(fixtures.agency(agency)).get(0).id();
        MeetingView meeting = meetings.meetingsOf(taskForce, users.current(account)).stream()
                .filter(m -> m.date().equals(date)).findFirst().orElseThrow();
        for (String format : List.of("odt", "docx", "html", "pdf")) {
            byte[] document = mvc.perform(get("/api/v1/meetings/" + meeting.id() + "/minutes").param("format", format)
                            .with(users.as(account)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            List<String> missing = MinutesDiff.missing(document, format, reference);
            int lines = MinutesDiff.lines(reference);
            System.out.println(String.format("%s %s: kept %d of %d (%.1f %%)", seed, format, lines - missing.size(), lines,
                    100.0 * (lines - missing.size()) / lines));
            missing.forEach(line -> System.out.println("  missing: " + line));
            if (!format.equals("pdf")) {
                assertThat(missing).as(seed + " " + format + ": lines lost that seed-differences.txt does not list")
                        .allMatch(allowed::containsKey);
            }
        }
    }

    /** The listed differences of one seed: normalised reference line → reason. */
    private static Map<String, String> allowed(String seed) throws IOException {
        Map<String, String> allowed = new LinkedHashMap<>();
        for (String line : resource("/minutes/seed-differences.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            assertThat(parts).as("seed | reference line | reason: " + line).hasSize(3);
            assertThat(parts[2].strip()).as("a reason for " + line).isNotEmpty();
            if (parts[0].strip().equals(seed)) {
                allowed.put(MinutesDiff.norm(parts[1]), parts[2].strip());
            }
        }
        return allowed;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedFidelityTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
