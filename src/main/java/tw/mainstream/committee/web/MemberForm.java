package tw.mainstream.committee.web;

import java.time.LocalDate;
import tw.mainstream.committee.Role;
import tw.mainstream.committee.Sex;
import tw.mainstream.committee.domain.MemberInput;
import tw.mainstream.committee.domain.MemberRow;
import tw.mainstream.committee.domain.Membership;
import tw.mainstream.committee.domain.Person;

/** A person and their seat, as the member form binds them. Dates accept 111/7/25 and other ROC forms. */
public class MemberForm {
    private Long version;
    private Long personId;
    private String name;
    private Sex sex;
    private String title;
    private String organisation;
    private String email;
    private String phone;
    private Role role = Role.MEMBER;
    private boolean internal;
    private boolean exOfficio;
    private String post;
    private LocalDate appointedOn;
    private LocalDate termEndsOn;
    private Integer reappointments = 0;
    private LocalDate gecMemberUntil;

    static MemberForm of(MemberRow r) {
        Membership m = r.membership();
        Person p = r.person();
        MemberForm f = new MemberForm();
        f.version = m.getVersion();
        f.personId = p.getId();
        f.name = p.getName();
        f.sex = p.getSex();
        f.title = p.getTitle();
        f.organisation = p.getOrganisation();
        f.email = p.getEmail();
        f.phone = p.getPhone();
        f.role = m.getRole();
        f.internal = m.isInternal();
        f.exOfficio = m.isExOfficio();
        f.post = m.getPost();
        f.appointedOn = m.getAppointedOn();
        f.termEndsOn = m.getTermEndsOn();
        f.reappointments = m.getReappointments();
        f.gecMemberUntil = m.getGecMemberUntil();
        return f;
    }

    MemberInput toInput() {
        return new MemberInput(personId, name, sex, title, organisation, email, phone, role, internal, exOfficio, post,
                appointedOn, termEndsOn, reappointments == null ? 0 : reappointments, gecMemberUntil);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { this.version = v; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long v) { this.personId = v; }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public Sex getSex() { return sex; }
    public void setSex(Sex v) { this.sex = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String v) { this.organisation = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { this.email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { this.phone = v; }
    public Role getRole() { return role; }
    public void setRole(Role v) { this.role = v; }
    public boolean isInternal() { return internal; }
    public void setInternal(boolean v) { this.internal = v; }
    public boolean isExOfficio() { return exOfficio; }
    public void setExOfficio(boolean v) { this.exOfficio = v; }
    public String getPost() { return post; }
    public void setPost(String v) { this.post = v; }
    public LocalDate getAppointedOn() { return appointedOn; }
    public void setAppointedOn(LocalDate v) { this.appointedOn = v; }
    public LocalDate getTermEndsOn() { return termEndsOn; }
    public void setTermEndsOn(LocalDate v) { this.termEndsOn = v; }
    public Integer getReappointments() { return reappointments; }
    public void setReappointments(Integer v) { this.reappointments = v; }
    public LocalDate getGecMemberUntil() { return gecMemberUntil; }
    public void setGecMemberUntil(LocalDate v) { this.gecMemberUntil = v; }
}
