package tw.mainstream.meeting;


/** A file or image attached to an item. */
public record AttachmentView(Long id, String fileName, String contentType, long sizeBytes, String caption, boolean image) {
}
