package tw.mainstream.committee.web;

import tw.mainstream.committee.domain.Unit;

/** What the unit form binds. */
public class UnitForm {
    private Long version;
    private String name;
    private Integer sortOrder = 100;
    private boolean active = true;

    static UnitForm of(Unit u) {
        UnitForm f = new UnitForm();
        f.version = u.getVersion();
        f.name = u.getName();
        f.sortOrder = u.getSortOrder();
        f.active = u.isActive();
        return f;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
