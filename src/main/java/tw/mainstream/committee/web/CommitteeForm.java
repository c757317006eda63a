package tw.mainstream.committee.web;

import tw.mainstream.committee.domain.OtherCommittee;

/** A register entry: another committee of the agency with its members by sex. */
public class CommitteeForm {
    private Long version;
    private Long agencyId;
    private String name;
    private Integer women = 0;
    private Integer men = 0;
    private Integer other = 0;
    private String note;

    static CommitteeForm of(OtherCommittee c) {
        CommitteeForm f = new CommitteeForm();
        f.version = c.getVersion();
        f.agencyId = c.getAgencyId();
        f.name = c.getName();
        f.women = c.getWomen();
        f.men = c.getMen();
        f.other = c.getOther();
        f.note = c.getNote();
        return f;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { this.version = v; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long v) { this.agencyId = v; }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public Integer getWomen() { return women; }
    public void setWomen(Integer v) { this.women = v; }
    public Integer getMen() { return men; }
    public void setMen(Integer v) { this.men = v; }
    public Integer getOther() { return other; }
    public void setOther(Integer v) { this.other = v; }
    public String getNote() { return note; }
    public void setNote(String v) { this.note = v; }
}
