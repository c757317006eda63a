package tw.mainstream.importing.parse;

/**
 * A classified line.
 *
 * @param marker   the number the line starts with, or null
 * @param label    for HEADER, SECTION, RESOLUTION, SPEAKER and FIELD lines: the label (時間, 報告事項, 決議 …)
 * @param content  the text after the marker and label (and its colon), trimmed
 * @param text     the whole line after bullets, trimmed
 * @param bulleted whether the line started with a bullet (-, ➤, ●)
 */
public record Line(int index, LineKind kind, Marker marker, String label, String content, String text,
                   boolean bulleted) {

    public Line withContent(String newContent, String newText) {
        return new Line(index, kind, marker, label, newContent, newText, bulleted);
    }

    public boolean marked() {
        return marker != null;
    }
}
