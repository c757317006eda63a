package tw.mainstream.committee.web;

import tw.mainstream.committee.domain.Agency;

/** What the agency form binds. */
public class AgencyForm {
    private Long version;
    private String name;
    private String shortName;
    private Long parentId;

    static AgencyForm of(Agency a) {
        AgencyForm f = new AgencyForm();
        f.version = a.getVersion();
        f.name = a.getName();
        f.shortName = a.getShortName();
        f.parentId = a.getParentId();
        return f;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
}
