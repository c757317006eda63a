package tw.mainstream.meeting;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.CommitteeApi;

/**
 * A fresh task force for a test, written with SQL because the committee module owns these tables:
 * a convener, an internal member, two external members (one with e-mail) and a liaison.
 */
@Component
public class MeetingFixtures {

    private final JdbcTemplate jdbc;
    private final CommitteeApi committee;

    MeetingFixtures(JdbcTemplate jdbc, CommitteeApi committee) {
        this.jdbc = jdbc;
        this.committee = committee;
    }

    /** A regular NIA-style meeting at 14:30 in the 10th-floor meeting room. */
    public static tw.mainstream.meeting.domain.MeetingDraft draft(LocalDate date) {
        return new tw.mainstream.meeting.domain.MeetingDraft(MeetingKind.REGULAR, date, java.time.LocalTime.of(14, 30),
                java.time.LocalTime.of(16, 0), "本署 10 樓第 1 會議室", null, null, null, null, "曾筠苓", "曾筠苓",
                "02-2388-9393", null, MeetingStyle.SECTIONS, null, null);
    }

    public Long agency(String name) {
        return committee.agencyByName(name).orElseThrow().id();
    }

    /** A new task force of the agency with five seats (four voting), internal proxies allowed. */
    public Long taskForce(String agencyName) {
        Long agency = agency(agencyName);
        Long tf = insert("insert into committee_task_force (agency_id, name, min_members, max_members, "
                + "gender_rule_numerator, gender_rule_denominator, gender_rule_exception, min_external, "
                + "min_gec_credentialed, gec_credential_years, term_years, max_reappointments, vacancy_min_months, "
                + "meeting_interval_months, quorum_rule, chair_breaks_ties, internal_proxies_allowed, attendance_fee) "
                + "values (?, ?, 7, 21, 1, 3, false, 1, 0, 2, 2, 2, 3, 6, 'AT_LEAST_HALF', true, true, 2500)",
                agency, "性別平等工作小組" + UUID.randomUUID().toString().substring(0, 4));
        seat(tf, person(agency, "林興春", "MALE", "副署長", null, null), "CONVENER", true);
        seat(tf, person(agency, "王美玲", "FEMALE", "組長", null, null), "MEMBER", true);
        seat(tf, person(agency, "吳嘉麗", "FEMALE", "教授", "台灣女科技人學會", "wu@example.org"), "MEMBER", false);
        seat(tf, person(agency, "嚴祥鸞", "FEMALE", "教授", "實踐大學", null), "MEMBER", false);
        seat(tf, person(agency, "曾筠苓", "FEMALE", "科員", null, null), "LIAISON", true);
        return tf;
    }

    /** A task force of the agency with {@code members} seats: the five above and external members after them. */
    public Long taskForceWith(String agencyName, int members) {
        Long tf = taskForce(agencyName);
        Long agency = agency(agencyName);
        String[] names = {"陳淑芬", "張志明", "李雅婷", "黃建宏", "周怡君", "許家豪", "蔡佩珊", "鄭文彬", "謝宜蓁", "郭俊賢",
            "洪美惠", "葉承翰", "蘇靜宜", "潘國強", "范詩涵", "簡子晴"};
        for (int i = 0; i < members - 5 && i < names.length; i++) {
            seat(tf, person(agency, names[i], i % 2 == 0 ? "FEMALE" : "MALE", "教授", "國立大學", null), "MEMBER", false);
        }
        return tf;
    }

    private Long person(Long agency, String name, String sex, String title, String org, String email) {
        return insert("insert into committee_person (agency_id, name, sex, title, organisation, email) values (?, ?, ?, ?, ?, ?)",
                agency, name, sex, title, org, email);
    }

    private void seat(Long tf, Long person, String role, boolean internal) {
        insert("insert into committee_membership (task_force_id, person_id, role, internal, ex_officio, appointed_on, "
                + "term_ends_on, reappointments) values (?, ?, ?, ?, false, ?, ?, 0)",
                tf, person, role, internal, LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1));
    }

    public Long unitNamed(String agencyName, String unit) {
        return committee.unitByName(agency(agencyName), unit).orElseThrow().id();
    }

    public List<Long> units(String agencyName) {
        List<Long> ids = new ArrayList<>();
        committee.units(agency(agencyName)).forEach(u -> ids.add(u.id()));
        return ids;
    }

    private Long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i] instanceof LocalDate d ? java.sql.Date.valueOf(d) : args[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }
}
