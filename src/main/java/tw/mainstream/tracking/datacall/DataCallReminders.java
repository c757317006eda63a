package tw.mainstream.tracking.datacall;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import tw.mainstream.shared.time.RocDates;
import tw.mainstream.tracking.domain.ReminderService;

/**
 * Reminders for data calls: every submission not yet SUBMITTED or ACCEPTED (a RETURNED one counts
 * as not submitted) is reminded N days ({@code mainstream.datacall.reminder-days}) before the call's
 * deadline and once when it is overdue. A unit's answer goes to the unit's liaisons, a sub-agency's
 * to that agency's secretariat. Each mail is sent through {@link ReminderService#sendOnce} with the
 * submission's id as target and the call's deadline as due date: one mail per kind and deadline,
 * whatever happens to the submission in between (a submission returned after its before-deadline
 * reminder is reminded again only once overdue).
 */
@Component
public class DataCallReminders {

    static final String BEFORE_DUE = "DATACALL_BEFORE_DUE";
    static final String OVERDUE = "DATACALL_OVERDUE";
    private static final String CANDIDATES = "select s.id, s.agency_id, s.unit_id, c.title, c.deadline"
            + " from tracking_submission s join tracking_data_call c on c.id = s.call_id"
            + " where s.status not in ('SUBMITTED', 'ACCEPTED') and c.deadline <= ? order by s.id";

    private final JdbcTemplate jdbc;
    private final ReminderService reminders;
    private final int days;

    DataCallReminders(JdbcTemplate jdbc, ReminderService reminders, DataCallProperties settings) {
        this.jdbc = jdbc;
        this.reminders = reminders;
        this.days = settings.reminderDays();
    }

    private record Candidate(long submissionId, long agencyId, Long unitId, String title, LocalDate deadline) {
    }

    public ReminderService.RunResult run(LocalDate today, JavaMailSender mail) {
        int sent = 0;
        int skipped = 0;
        List<Candidate> candidates = jdbc.query(CANDIDATES, (rs, n) -> new Candidate(rs.getLong("id"),
                rs.getLong("agency_id"), (Long) rs.getObject("unit_id", Long.class), rs.getString("title"),
                rs.getDate("deadline").toLocalDate()), today.plusDays(days));
        for (Candidate c : candidates) {
            boolean overdue = today.isAfter(c.deadline());
            List<String> to = c.unitId() != null ? reminders.liaisonMailboxes(List.of(c.unitId()))
                    : reminders.secretariatMailboxes(c.agencyId());
            if (to.isEmpty()) {
                continue;
            }
            if (reminders.sendOnce(c.submissionId(), overdue ? OVERDUE : BEFORE_DUE, c.deadline(), mail, to,
                    subject(c, overdue), body(c, overdue))) {
                sent++;
            } else {
                skipped++;
            }
        }
        return new ReminderService.RunResult(sent, skipped);
    }

    private static String subject(Candidate c, boolean overdue) {
        String deadline = RocDates.format(c.deadline());
        return overdue ? "【填報逾期】「" + c.title() + "」已逾 " + deadline + " 填報期限，請儘速填報"
                : "【填報提醒】「" + c.title() + "」請於 " + deadline + "前填報";
    }

    private static String body(Candidate c, boolean overdue) {
        return "填報：" + c.title() + "\n"
                + "填報期限：" + RocDates.format(c.deadline()) + (overdue ? "（已逾期）" : "") + "\n"
                + "填報頁面：/data-calls/submissions/" + c.submissionId() + "\n";
    }
}
