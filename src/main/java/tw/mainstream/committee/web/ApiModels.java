package tw.mainstream.committee.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tw.mainstream.committee.Role;
import tw.mainstream.committee.Sex;
import tw.mainstream.committee.domain.Agency;
import tw.mainstream.committee.domain.CharterInput;
import tw.mainstream.committee.domain.MemberInput;
import tw.mainstream.committee.domain.MemberRow;
import tw.mainstream.committee.domain.Membership;
import tw.mainstream.committee.domain.OtherCommittee;
import tw.mainstream.committee.domain.Person;
import tw.mainstream.committee.domain.TaskForce;
import tw.mainstream.committee.domain.Unit;

/** Request and response bodies of the committee API. */
final class ApiModels {
    private ApiModels() {
    }

    record AgencyJson(Long id, String name, String shortName, Long parentId, long version) {
        static AgencyJson of(Agency a) {
            return new AgencyJson(a.getId(), a.getName(), a.getShortName(), a.getParentId(), a.getVersion());
        }
    }

    record AgencyRequest(@NotBlank @Size(max = 200) String name, @Size(max = 100) String shortName, Long parentId,
                         Long version) {
    }

    record UnitJson(Long id, Long agencyId, String name, int sortOrder, boolean active, long version) {
        static UnitJson of(Unit u) {
            return new UnitJson(u.getId(), u.getAgencyId(), u.getName(), u.getSortOrder(), u.isActive(), u.getVersion());
        }
    }

    record UnitRequest(@NotBlank @Size(max = 200) String name, @NotNull @Min(0) @Max(100000) Integer sortOrder, Boolean active,
                       Long version) {
    }

    record TaskForceJson(Long id, Long agencyId, String name, long version, CharterInput charter) {
        static TaskForceJson of(TaskForce t) {
            return new TaskForceJson(t.getId(), t.getAgencyId(), t.getName(), t.getVersion(),
                    CharterInput.of(t.getCharter()));
        }
    }

    record TaskForceRequest(Long agencyId, @NotBlank @Size(max = 200) String name, @NotNull @Valid CharterInput charter,
                            Long version) {
    }

    record MemberJson(Long membershipId, long version, Long personId, String name, Sex sex, String title,
                      String organisation, String email, String phone, Role role, boolean internal,
                      boolean exOfficio, String post, LocalDate appointedOn, LocalDate termEndsOn, LocalDate endedOn,
                      String endReason, int reappointments, LocalDate gecMemberUntil, boolean active) {
        static MemberJson of(MemberRow r, LocalDate today) {
            Membership m = r.membership();
            Person p = r.person();
            return new MemberJson(m.getId(), m.getVersion(), p.getId(), p.getName(), p.getSex(), p.getTitle(),
                    p.getOrganisation(), p.getEmail(), p.getPhone(), m.getRole(), m.isInternal(), m.isExOfficio(),
                    m.getPost(), m.getAppointedOn(), m.getTermEndsOn(), m.getEndedOn(), m.getEndReason(),
                    m.getReappointments(), m.getGecMemberUntil(), m.isActiveOn(today));
        }
    }

    record MemberRequest(Long personId, @NotBlank @Size(max = 100) String name, @NotNull Sex sex,
                         @Size(max = 200) String title, @Size(max = 200) String organisation,
                         @Email @Size(max = 200) String email, @Size(max = 50) String phone, @NotNull Role role,
                         Boolean internal, Boolean exOfficio, @Size(max = 200) String post,
                         @NotNull LocalDate appointedOn, LocalDate termEndsOn, @Min(0) @Max(20) Integer reappointments,
                         LocalDate gecMemberUntil, Long version) {
        MemberInput toInput() {
            return new MemberInput(personId, name, sex, title, organisation, email, phone, role,
                    Boolean.TRUE.equals(internal), Boolean.TRUE.equals(exOfficio), post, appointedOn, termEndsOn,
                    reappointments == null ? 0 : reappointments, gecMemberUntil);
        }
    }

    record CommitteeJson(Long id, Long agencyId, String name, int women, int men, int other, int total,
                         int requiredPerSex, boolean meetsOneThird, String note, long version) {
        static CommitteeJson of(OtherCommittee c) {
            return new CommitteeJson(c.getId(), c.getAgencyId(), c.getName(), c.getWomen(), c.getMen(), c.getOther(),
                    c.getTotal(), c.requiredPerSex(), c.meetsOneThird(), c.getNote(), c.getVersion());
        }
    }

    record CommitteeRequest(Long agencyId, @NotBlank @Size(max = 200) String name,
                            @NotNull @Min(0) @Max(500) Integer women, @NotNull @Min(0) @Max(500) Integer men,
                            @Min(0) @Max(500) Integer other, @Size(max = 1000) String note,
                            Long version) {
    }

    record FindingJson(String rule, String level, boolean passed, Map<String, Integer> numbers, String messageKey,
                       String message) {
    }

    record ComplianceJson(Long taskForceId, LocalDate date, boolean passed, List<FindingJson> findings) {
    }
}
