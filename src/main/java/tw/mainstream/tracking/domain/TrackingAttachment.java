package tw.mainstream.tracking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a progress report; the bytes live in the data folder under files/tracking. */
@Entity
@Table(name = "tracking_attachment")
public class TrackingAttachment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reportId;
    private String filename;
    private String contentType;
    private long sizeBytes;
    private String storageKey;
    private Instant uploadedAt;

    protected TrackingAttachment() {
    }

    public TrackingAttachment(Long reportId, String filename, String contentType, long sizeBytes, String storageKey,
                      Instant uploadedAt) {
        this.reportId = reportId;
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public String getFilename() { return filename; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getStorageKey() { return storageKey; }
    public Instant getUploadedAt() { return uploadedAt; }
}
