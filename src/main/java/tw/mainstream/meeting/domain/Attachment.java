package tw.mainstream.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/** A file or image on an item (or on one row of its table), stored under the data folder's files/. */
@Entity
@Table(name = "meeting_attachment")
@Audited
public class Attachment extends BaseEntity {

    private Long agendaItemId;
    private Long followUpRowId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String storedName;
    private String caption;
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(Long agendaItemId, Long followUpRowId, String fileName, String contentType, long sizeBytes,
                      String storedName, String caption, Instant uploadedAt) {
        this.agendaItemId = agendaItemId;
        this.followUpRowId = followUpRowId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storedName = storedName;
        this.caption = caption;
        this.uploadedAt = uploadedAt;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    public Long getAgendaItemId() { return agendaItemId; }
    public Long getFollowUpRowId() { return followUpRowId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getStoredName() { return storedName; }
    public String getCaption() { return caption; }
    public Instant getUploadedAt() { return uploadedAt; }
}
