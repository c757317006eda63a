package tw.mainstream.publicsite.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.MemberView;
import tw.mainstream.committee.Role;
import tw.mainstream.committee.Sex;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.shared.i18n.MessageSourceConfig;
import tw.mainstream.shared.privacy.PublicNamePolicyQueries;
import tw.mainstream.shared.privacy.PublicNamePolicyView;
import tw.mainstream.shared.sheet.SheetData;

/**
 * The public member list of an agency's task forces, one source for the page, JSON and CSV: only
 * public facts (name, sex, role, internal/external) and names as the agency's public-name policy
 * shows members, the same policy the public minutes follow.
 */
@Component
class PublicMembers {

    private final CommitteeApi committee;
    private final PublicNamePolicyQueries policies;
    private final MessageSource messages;
    private final Clock clock;

    PublicMembers(CommitteeApi committee, PublicNamePolicyQueries policies, MessageSource messages, Clock clock) {
        this.committee = committee;
        this.policies = policies;
        this.messages = messages;
        this.clock = clock;
    }

    List<PublicTaskForce> of(Long agencyId) {
        PublicNamePolicyView names = policies.forAgency(agencyId);
        LocalDate today = LocalDate.now(clock);
        return committee.taskForcesOf(agencyId).stream()
                .map(tf -> new PublicTaskForce(tf, members(committee.activeMembers(tf.id(), today), names))).toList();
    }

    static List<PublicMember> members(List<MemberView> members, PublicNamePolicyView names) {
        return members.stream().map(m -> new PublicMember(names.rosterName(m.name(), m.role().isStaff()), m.sex(), m.role(), m.internal(),
                m.internal() ? null : m.organisation())).toList();
    }

    /** The list as one CSV sheet (UTF-8 with BOM): task force, name, role, sex, internal/external, organisation. */
    SheetData sheet(Long agencyId) {
        Locale zh = MessageSourceConfig.DEFAULT_LOCALE;
        List<String> header = List.of(text("publicsite.members.taskForce"), text("publicsite.member.name"),
                text("publicsite.member.role"), text("publicsite.member.sex"), text("publicsite.member.kind"),
                text("publicsite.members.organisation"));
        List<List<Object>> rows = new ArrayList<>();
        for (PublicTaskForce tf : of(agencyId)) {
            for (PublicMember m : tf.members()) {
                rows.add(List.of(tf.taskForce().name(), m.name(), text("publicsite.role." + m.role()),
                        text("publicsite.sex." + m.sex()), text(m.internal() ? "publicsite.member.internal"
                                : "publicsite.member.external"), m.organisation() == null ? "" : m.organisation()));
            }
        }
        return new SheetData(text("publicsite.members.sheet"), header, rows);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, MessageSourceConfig.DEFAULT_LOCALE);
    }

    /** The open-data shape: one entry per task force with its counts and members. */
    List<TaskForceMembers> json(Long agencyId) {
        return of(agencyId).stream().map(tf -> new TaskForceMembers(tf.taskForce().name(), tf.seats(), tf.women(),
                tf.external(), tf.members())).toList();
    }

    record TaskForceMembers(String taskForce, long seats, long women, long external, List<PublicMember> members) {
    }

    record PublicMember(String name, Sex sex, Role role, boolean internal, String organisation) {
    }

    /** Counts are of voting seats, as the compliance report counts them (the liaison is listed, not counted). */
    record PublicTaskForce(TaskForceView taskForce, List<PublicMember> members) {
        public long seats() {
            return voting().count();
        }

        public long women() {
            return voting().filter(m -> m.sex() == Sex.FEMALE).count();
        }

        public long external() {
            return voting().filter(m -> !m.internal()).count();
        }

        private java.util.stream.Stream<PublicMember> voting() {
            return members.stream().filter(m -> m.role().isVoting());
        }
    }
}
