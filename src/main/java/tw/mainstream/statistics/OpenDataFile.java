package tw.mainstream.statistics;

/** A downloadable file of a published dataset. */
public record OpenDataFile(String fileName, String mediaType, byte[] content) {
}
