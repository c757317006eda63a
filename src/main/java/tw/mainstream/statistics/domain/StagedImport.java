package tw.mainstream.statistics.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import tw.mainstream.shared.domain.BaseEntity;
import tw.mainstream.statistics.importing.ColumnRole;

/**
 * An uploaded file waiting for the user's confirmation: its raw rows (in {@code statistics_import_row})
 * and the column mapping. Nothing reaches the table until it is confirmed; then it is deleted.
 */
@Entity
@Table(name = "statistics_import")
public class StagedImport extends BaseEntity {

    private Long tableId;
    private String createdBy;
    private Instant createdAt;
    private String fileName;
    private String encoding;
    private String columnRoles;

    protected StagedImport() {
    }

    public StagedImport(Long tableId, String createdBy, Instant createdAt, String fileName, String encoding,
                        List<ColumnRole> roles) {
        this.tableId = tableId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        replace(fileName, encoding, roles);
    }

    public void replace(String fileName, String encoding, List<ColumnRole> roles) {
        this.fileName = fileName;
        this.encoding = encoding;
        remap(roles);
    }

    public void remap(List<ColumnRole> roles) {
        this.columnRoles = String.join(",", roles.stream().map(Enum::name).toList());
    }

    public List<ColumnRole> roles() {
        return columnRoles.isEmpty() ? List.of() : Arrays.stream(columnRoles.split(",")).map(ColumnRole::valueOf).toList();
    }

    public Long getTableId() {
        return tableId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getFileName() {
        return fileName;
    }

    public String getEncoding() {
        return encoding;
    }
}
