package tw.mainstream.tracking.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import tw.mainstream.shared.mail.MailProperties;
import tw.mainstream.shared.security.Mailboxes;
import tw.mainstream.shared.time.RocDates;

/**
 * Reminders by e-mail: to the liaisons of an item's units (their accounts' addresses, plus any
 * extra mailbox in {@code tracking_contact}) N days (per task force) before the report
 * deadline and once it is overdue, and a daily digest of overdue items to each secretariat. Each
 * reminder is recorded in {@code tracking_reminder_sent} before it is sent: the unique key (target,
 * kind, due date) lets only one node, once, send it; a failed send removes the record for a retry.
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    private static final String CANDIDATES = "select i.id, i.agency_id, i.lead_unit_id, i.content,"
            + " (case when i.due_kind = 'DATE' then i.due_date else s.next_meeting_date end) due,"
            + " coalesce(s.reminder_days, 7) days from tracking_item i"
            + " left join tracking_setting s on s.task_force_id = i.task_force_id where i.status = 'OPEN'"
            + " and not exists (select 1 from tracking_report r where r.item_id = i.id and r.round = i.round"
            + " and r.status in ('SUBMITTED', 'ACCEPTED'))"
            + " and (case when i.due_kind = 'DATE' then i.due_date else s.next_meeting_date end) <= ?";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;
    private final String from;
    private final Mailboxes mailboxes;

    ReminderService(JdbcTemplate jdbc, Clock clock, MailProperties mail, Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
        this.from = mail.from();
    }

    /** What one run did: reminders sent, and reminders skipped because already sent. */
    public record RunResult(int sent, int skipped) {
    }

    private record Candidate(long id, long agencyId, long leadUnit, String content, LocalDate due) {
    }

    public RunResult run(LocalDate today, JavaMailSender mail) {
        int sent = 0;
        int skipped = 0;
        Map<Long, List<Candidate>> overdueByAgency = new LinkedHashMap<>();
        List<Object[]> rows = jdbc.query(CANDIDATES, (rs, n) -> new Object[] {new Candidate(rs.getLong("id"),
                rs.getLong("agency_id"), rs.getLong("lead_unit_id"), rs.getString("content"),
                rs.getDate("due").toLocalDate()), rs.getInt("days")}, today.plusDays(90));
        for (Object[] row : rows) {
            Candidate c = (Candidate) row[0];
            int days = (int) row[1];
            String kind;
            if (today.isAfter(c.due())) {
                kind = "OVERDUE";
                overdueByAgency.computeIfAbsent(c.agencyId(), k -> new ArrayList<>()).add(c);
            } else if (!today.isBefore(c.due().minusDays(days))) {
                kind = "BEFORE_DUE";
            } else {
                continue;
            }
            List<Long> units = new ArrayList<>(List.of(c.leadUnit()));
            units.addAll(jdbc.queryForList("select unit_id from tracking_item_unit where item_id = ?", Long.class, c.id()));
            List<String> to = liaisonMailboxes(units);
            if (to.isEmpty()) {
                continue;
            }
            String subject = ("OVERDUE".equals(kind) ? "【列管逾期】" : "【列管提醒】") + "請於 "
                    + RocDates.format(c.due()) + " 前填報執行情形（列管事項 #" + c.id() + "）";
            if (sendOnce(c.id(), kind, c.due(), mail, to, subject, c.content())) {
                sent++;
            } else {
                skipped++;
            }
        }
        for (Map.Entry<Long, List<Candidate>> e : overdueByAgency.entrySet()) {
            List<String> to = secretariatMailboxes(e.getKey());
            if (to.isEmpty()) {
                continue;
            }
            StringBuilder body = new StringBuilder("逾期未填報的列管事項：\n");
            e.getValue().forEach(c -> body.append("#").append(c.id()).append(" ").append(RocDates.formatShort(c.due()))
                    .append(" ").append(c.content()).append('\n'));
            if (sendOnce(e.getKey(), "SECRETARIAT_DIGEST", today, mail, to,
                    "【列管摘要】" + RocDates.format(today) + " 逾期未填報 " + e.getValue().size() + " 筆", body.toString())) {
                sent++;
            } else {
                skipped++;
            }
        }
        return new RunResult(sent, skipped);
    }

    /** Where reminders for these units go: their liaisons' accounts, then the units' extra mailboxes. */
    public List<String> liaisonMailboxes(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return merge(mailboxes.liaisonsOf(unitIds), named.queryForList(
                "select email from tracking_contact where unit_id in (:units)", Map.of("units", unitIds), String.class));
    }

    /** Where reminders for an agency go: its secretariat's accounts, then the agency's extra mailboxes. */
    public List<String> secretariatMailboxes(long agencyId) {
        return merge(mailboxes.secretariatOf(agencyId), jdbc.queryForList(
                "select email from tracking_contact where agency_id = ? and unit_id is null", String.class, agencyId));
    }

    /** The accounts' addresses, then the extra mailboxes kept for tracking, each once. */
    private static List<String> merge(List<String> accounts, List<String> extra) {
        return new ArrayList<>(new LinkedHashSet<>(java.util.stream.Stream.concat(accounts.stream(), extra.stream())
                .map(String::trim).filter(a -> !a.isEmpty()).toList()));
    }

    /**
     * Records, then sends; false when another run (or node) already recorded the same reminder. The
     * kind tells what the target id is (an item, an agency, a data call's submission), so ids of
     * different tables never meet under the unique key (target, kind, due date).
     */
    public boolean sendOnce(long target, String kind, LocalDate due, JavaMailSender mail, List<String> to, String subject,
                     String text) {
        try {
            jdbc.update("insert into tracking_reminder_sent (target_id, kind, due_date, sent_at) values (?, ?, ?, ?)",
                    target, kind, due, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            return false;
        }
        try {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(from);
            m.setTo(to.toArray(String[]::new));
            m.setSubject(subject);
            m.setText(text);
            mail.send(m);
            return true;
        } catch (MailException e) {
            log.warn("E-mail {} {} {} not sent (its record is removed, a later run may send it): {}", target, kind,
                    due, e.getMessage());
            jdbc.update("delete from tracking_reminder_sent where target_id = ? and kind = ? and due_date = ?",
                    target, kind, due);
            return false;
        }
    }
}
