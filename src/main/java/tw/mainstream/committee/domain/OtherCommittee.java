package tw.mainstream.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/**
 * Another committee of the agency (e.g. 臺北市智慧城市委員會) kept in the register with its members
 * by sex, so that the one-third rule can be watched there too.
 */
@Entity
@Table(name = "committee_other_committee")
@Audited
public class OtherCommittee extends BaseEntity {

    private Long agencyId;
    private String name;
    private int women;
    private int men;
    private int other;
    @Column(length = 1000)
    private String note;

    protected OtherCommittee() {
    }

    public OtherCommittee(Long agencyId, String name, int women, int men, int other, String note) {
        this.agencyId = agencyId;
        update(name, women, men, other, note);
    }

    public Long getAgencyId() { return agencyId; }
    public String getName() { return name; }
    public int getWomen() { return women; }
    public int getMen() { return men; }
    public int getOther() { return other; }
    public String getNote() { return note; }

    public int getTotal() {
        return women + men + other;
    }

    /** Each of women and men at least ⌈total / 3⌉ (任一性別不少於三分之一). */
    public boolean meetsOneThird() {
        int required = requiredPerSex();
        return women >= required && men >= required;
    }

    public int requiredPerSex() {
        return (getTotal() + 2) / 3;
    }

    public void update(String name, int women, int men, int other, String note) {
        this.name = name;
        this.women = women;
        this.men = men;
        this.other = other;
        this.note = note;
    }
}
