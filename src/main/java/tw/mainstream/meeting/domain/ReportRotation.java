package tw.mainstream.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/**
 * The order in which units give the special topic report (專題報告), and the decision that set it
 * (「本署 109 年性別平等工作小組第 1 次會議報告事項決議」).
 */
@Entity
@Table(name = "meeting_report_rotation")
@Audited
public class ReportRotation extends BaseEntity {

    private Long taskForceId;
    private String basis;
    private String unitIds;

    protected ReportRotation() {
    }

    public ReportRotation(Long taskForceId, String basis, List<Long> unitIds) {
        this.taskForceId = taskForceId;
        edit(basis, unitIds);
    }

    public void edit(String basis, List<Long> unitIds) {
        this.basis = basis;
        this.unitIds = unitIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public List<Long> unitOrder() {
        if (unitIds == null || unitIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(unitIds.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    /** The unit after the one that reported last; the first when none has reported yet. */
    public Long next(Long lastReported) {
        List<Long> order = unitOrder();
        if (order.isEmpty()) {
            return null;
        }
        int i = lastReported == null ? -1 : order.indexOf(lastReported);
        return order.get((i + 1) % order.size());
    }

    public Long getTaskForceId() { return taskForceId; }
    public String getBasis() { return basis; }
}
