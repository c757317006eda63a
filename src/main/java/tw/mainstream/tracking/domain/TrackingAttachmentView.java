package tw.mainstream.tracking.domain;

/** A file attached to a progress report. */
public record TrackingAttachmentView(Long id, String filename, String contentType, long sizeBytes) {
}
