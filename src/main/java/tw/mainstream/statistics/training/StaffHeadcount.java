package tw.mainstream.statistics.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import tw.mainstream.shared.domain.BaseEntity;

/** An agency's staff at the year's end by category and sex: the base of training participation rates. */
@Entity
@Table(name = "statistics_staff_headcount")
public class StaffHeadcount extends BaseEntity {

    private Long agencyId;
    @Column(name = "ref_year")
    private int year;
    private int managersMale;
    private int managersFemale;
    private int staffMale;
    private int staffFemale;

    protected StaffHeadcount() {
    }

    public StaffHeadcount(Long agencyId, int year) {
        this.agencyId = agencyId;
        this.year = year;
    }

    public void set(int managersMale, int managersFemale, int staffMale, int staffFemale) {
        this.managersMale = managersMale;
        this.managersFemale = managersFemale;
        this.staffMale = staffMale;
        this.staffFemale = staffFemale;
    }

    public int[] counts() {
        return new int[] {managersMale, managersFemale, staffMale, staffFemale};
    }
}
