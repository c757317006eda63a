package tw.mainstream.shared.privacy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;
import tw.mainstream.shared.text.NameMasking;

/**
 * One agency's public-name policy (公開姓名原則): which names every public output of the agency
 * (member list, minutes and their documents, open data, search) shows in full and which it masks.
 * An agency without a row follows {@link PublicNamePolicyView#DEFAULT}.
 */
@Entity
@Table(name = "public_name_policy")
@Audited
public class PublicNamePolicy extends BaseEntity {

    private Long agencyId;
    private boolean maskMembers;
    private boolean maskStaff = true;
    private boolean maskPrivate = true;
    @Enumerated(EnumType.STRING)
    private NameMasking.Style maskStyle = NameMasking.Style.MIDDLE;

    protected PublicNamePolicy() {
    }

    public PublicNamePolicy(Long agencyId) {
        this.agencyId = agencyId;
    }

    public void change(boolean members, boolean staff, boolean privatePersons, NameMasking.Style style) {
        this.maskMembers = members;
        this.maskStaff = staff;
        this.maskPrivate = privatePersons;
        this.maskStyle = style == null ? NameMasking.Style.MIDDLE : style;
    }

    public Long getAgencyId() { return agencyId; }
    public boolean isMaskMembers() { return maskMembers; }
    public boolean isMaskStaff() { return maskStaff; }
    public boolean isMaskPrivate() { return maskPrivate; }
    public NameMasking.Style getMaskStyle() { return maskStyle; }
}
