package tw.mainstream.committee.domain;

import tw.mainstream.committee.Sex;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/** Someone who sits on a task force or a committee: an official or an outside expert. */
@Entity
@Table(name = "committee_person")
@Audited
public class Person extends BaseEntity {

    /** The agency whose roster keeps this person (scope of who may read and edit them). */
    private Long agencyId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    /** 職稱, e.g. 教授, 組長. */
    private String title;
    /** 服務單位, e.g. 輔仁大學法律系, 應用服務組. */
    private String organisation;
    private String email;
    private String phone;

    protected Person() {
    }

    public Person(Long agencyId, String name, Sex sex, String title, String organisation) {
        this.agencyId = agencyId;
        this.name = name;
        this.sex = sex;
        this.title = title;
        this.organisation = organisation;
    }

    public Long getAgencyId() { return agencyId; }
    public String getName() { return name; }
    public Sex getSex() { return sex; }
    public String getTitle() { return title; }
    public String getOrganisation() { return organisation; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }

    public void update(String name, Sex sex, String title, String organisation, String email, String phone) {
        this.name = name;
        this.sex = sex;
        this.title = title;
        this.organisation = organisation;
        this.email = email;
        this.phone = phone;
    }
}
