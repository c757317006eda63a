package tw.mainstream.meeting.web;

import java.util.ArrayList;
import java.util.List;
import tw.mainstream.meeting.domain.AttendanceStatus;
import tw.mainstream.meeting.domain.AttendanceView;
import tw.mainstream.meeting.domain.AttendanceService.Entry;

/**
 * The sign-in sheet as submitted: parallel columns, one value per row (every row has a status,
 * proxy and note field, so the lists line up). {@code fill} is the 「全部出席」 button without script.
 */
record AttendanceSheetForm(List<Long> id, List<Long> version, List<AttendanceStatus> status, List<String> proxyName,
                           List<String> note, AttendanceStatus fill) {

    /** One row for the page: the member as recorded, with the values shown in the fields. */
    record Row(AttendanceView member, AttendanceStatus status, String proxyName, String note, long version) {
    }

    static List<Row> rowsOf(List<AttendanceView> members) {
        return members.stream().map(m -> new Row(m, m.status(), m.proxyName(), m.note(), m.version())).toList();
    }

    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            AttendanceStatus s = at(status, i);
            if (fill != null && (s == null || s == AttendanceStatus.UNRECORDED)) {
                s = fill;
            }
            entries.add(new Entry(id.get(i), at(version, i) == null ? -1 : at(version, i), s, at(proxyName, i), at(note, i)));
        }
        return entries;
    }

    /** The members' rows with what the user typed, to show again when the save was refused. */
    List<Row> typedOver(List<AttendanceView> members) {
        List<Entry> typed = entries();
        return members.stream().map(m -> typed.stream().filter(e -> m.id().equals(e.attendanceId())).findFirst()
                .map(e -> new Row(m, e.status(), e.proxyName(), e.note(), m.version()))
                .orElse(new Row(m, m.status(), m.proxyName(), m.note(), m.version()))).toList();
    }

    private int size() {
        return id == null ? 0 : id.size();
    }

    private static <T> T at(List<T> list, int i) {
        return list != null && i < list.size() ? list.get(i) : null;
    }
}
