package tw.mainstream.committee.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.QuorumRule;
import tw.mainstream.committee.Role;
import tw.mainstream.committee.Sex;
import tw.mainstream.committee.domain.Charter;
import tw.mainstream.committee.domain.Membership;
import tw.mainstream.committee.domain.MembershipRepository;
import tw.mainstream.committee.domain.Person;
import tw.mainstream.committee.domain.PersonRepository;
import tw.mainstream.committee.domain.TaskForce;
import tw.mainstream.committee.domain.TaskForceRepository;

/**
 * The two demo task forces. 移民署: a plausible roster of 14 led by the chair of its 111-1 minutes,
 * with 4 women — one short of a third, the one rule it breaks. 資訊局: the 13 members of its 105-2
 * minutes, names as printed, with the chair 陳O敏 as convener; it complies.
 * External terms follow a two-year grid so that the current term never ends within 60 days.
 */
@Component
class DemoRosters {
    private final TaskForceRepository taskForces;
    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final Clock clock;

    DemoRosters(TaskForceRepository taskForces, PersonRepository people, MembershipRepository memberships,
                Clock clock) {
        this.taskForces = taskForces;
        this.people = people;
        this.memberships = memberships;
        this.clock = clock;
    }

    void nia(Long agencyId) {
        Charter charter = new Charter().members(9, 19).external(4, 8).gecCredential(1, 2).term(2, 2)
                .meetingInterval(6).quorum(QuorumRule.MAJORITY).attendanceFee(new BigDecimal("2500"))
                .reportsTo("內政部性別平等專案小組");
        TaskForce tf = taskForces.save(new TaskForce(agencyId, "內政部移民署性別平等工作小組", charter));
        LocalDate since = LocalDate.of(2020, 1, 1);
        internal(tf, "林興春", Sex.MALE, "副署長", "內政部移民署", Role.CONVENER, since);
        internal(tf, "王建民", Sex.MALE, "主任秘書", "內政部移民署", Role.DEPUTY_CONVENER, since);
        internal(tf, "張淑芬", Sex.FEMALE, "組長", "移民事務組", Role.MEMBER, since);
        internal(tf, "李國華", Sex.MALE, "組長", "國際及執法事務組", Role.MEMBER, since);
        internal(tf, "陳俊宏", Sex.MALE, "大隊長", "國境事務大隊", Role.MEMBER, since);
        internal(tf, "黃志偉", Sex.MALE, "組長", "移民資訊組", Role.MEMBER, since);
        internal(tf, "劉美玲", Sex.FEMALE, "主任", "秘書室", Role.MEMBER, since);
        internal(tf, "吳家豪", Sex.MALE, "主任", "人事室", Role.MEMBER, since);
        internal(tf, "蔡明哲", Sex.MALE, "大隊長", "南區事務大隊", Role.MEMBER, since);
        LocalDate today = LocalDate.now(clock);
        external(tf, "周玉華", Sex.FEMALE, "教授", "國立臺灣大學社會工作學系", 2022, today.plusYears(1));
        external(tf, "許文彬", Sex.MALE, "副教授", "國立政治大學法律學系", 2022, today.minusYears(1));
        external(tf, "鄭雅文", Sex.FEMALE, "理事長", "臺灣性別平等教育協會", 2022, null);
        external(tf, "謝志強", Sex.MALE, "律師", "志強法律事務所", 2022, null);
        external(tf, "楊宗翰", Sex.MALE, "研究員", "中央研究院社會學研究所", 2022, null);
        Person secretary = people.save(new Person(agencyId, "曾筠苓", Sex.FEMALE, "科員", "移民事務組"));
        memberships.save(new Membership(tf.getId(), secretary.getId(), Role.EXECUTIVE_SECRETARY, true, false,
                "執行秘書", since, null));
    }

    void taipei(Long agencyId) {
        Charter charter = new Charter().members(7, 21).external(3, null).term(2, null).meetingInterval(4)
                .quorum(QuorumRule.AT_LEAST_HALF).attendanceFee(new BigDecimal("2000"))
                .reportsTo("臺北市性別平等委員會");
        TaskForce tf = taskForces.save(new TaskForce(agencyId, "臺北市府資訊局性別平等專案小組", charter));
        LocalDate since = LocalDate.of(2016, 1, 1);
        internal(tf, "陳O敏", Sex.FEMALE, "主任秘書", "資訊局", Role.CONVENER, since);
        external(tf, "吳O光", Sex.MALE, "教授", "輔仁大學法律系", 2016, null);
        external(tf, "嚴O鸞", Sex.FEMALE, "教授", "實踐大學社會工作學系", 2016, null);
        external(tf, "吳O麗", Sex.FEMALE, "監事", "台灣女科技人學會", 2016, null);
        internal(tf, "王O宜", Sex.FEMALE, "組長", "應用服務組", Role.MEMBER, since);
        internal(tf, "黃O煌", Sex.MALE, "組長", "系統發展組", Role.MEMBER, since);
        internal(tf, "白O峯", Sex.MALE, "組長", "設備網路組", Role.MEMBER, since);
        internal(tf, "吳O駿", Sex.MALE, "組長", "綜合企劃組", Role.MEMBER, since);
        internal(tf, "徐O蓮", Sex.FEMALE, "主任", "會計室", Role.MEMBER, since);
        internal(tf, "陳O芊", Sex.FEMALE, "主任", "秘書室", Role.MEMBER, since);
        internal(tf, "靳O欣", Sex.MALE, "主任", "政風室", Role.MEMBER, since);
        liaison(tf, "黃O聚", Sex.MALE, "性別業務股長", "綜合企劃組", "性別議題聯絡人-性別業務股長", since);
        liaison(tf, "楊O茹", Sex.FEMALE, "科員", "人事室", "性別議題聯絡人-人事室科員", since);
        liaison(tf, "麥O銘", Sex.MALE, "法務研究員", "法務", "性別議題聯絡人-法務研究員", since);
    }

    private void internal(TaskForce tf, String name, Sex sex, String title, String org, Role role, LocalDate since) {
        Person p = person(tf, name, sex, title, org);
        String post = org.equals(title) ? title : org + title;
        memberships.save(new Membership(tf.getId(), p.getId(), role, true, true, post, since, null));
    }

    /** 性別議題聯絡人 who sit as members (資訊局 lists them as 委員), with their post as its minutes write it. */
    private void liaison(TaskForce tf, String name, Sex sex, String title, String org, String post, LocalDate since) {
        Person p = person(tf, name, sex, title, org);
        memberships.save(new Membership(tf.getId(), p.getId(), Role.MEMBER, true, true, post, since, null));
    }

    /** A member with an address of the reserved domain {@code .example}, so that the demo's notices have recipients. */
    private Person person(TaskForce tf, String name, Sex sex, String title, String org) {
        Person p = new Person(tf.getAgencyId(), name, sex, title, org);
        p.update(name, sex, title, org, "member" + (people.count() + 1) + "@mainstream.example", null);
        return people.save(p);
    }

    /** One row per two-year term from {@code firstYear} up to the term that runs past the next 90 days. */
    private void external(TaskForce tf, String name, Sex sex, String title, String org, int firstYear,
                          LocalDate gecUntil) {
        Person p = person(tf, name, sex, title, org);
        int years = tf.getCharter().getTermYears();
        LocalDate horizon = LocalDate.now(clock).plusDays(90);
        LocalDate start = LocalDate.of(firstYear, 1, 1);
        int term = 0;
        while (true) {
            LocalDate end = start.plusYears(years).minusDays(1);
            memberships.save(new Membership(tf.getId(), p.getId(), Role.MEMBER, false, false, null, start, end)
                    .reappointments(term).gecMemberUntil(gecUntil));
            if (!end.isBefore(horizon)) {
                return;
            }
            start = end.plusDays(1);
            term++;
        }
    }
}
