package tw.mainstream.tracking.datacall;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A form shipped as reference data (gender budget, GEC follow-up, training). Read-only. */
@Entity
@Table(name = "tracking_form_template")
public class FormTemplate {
    @Id
    private Long id;
    private String code;
    private String name;
    private String nameEn;
    private String definition;

    protected FormTemplate() {
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getNameEn() { return nameEn; }
    public String getDefinition() { return definition; }
}
