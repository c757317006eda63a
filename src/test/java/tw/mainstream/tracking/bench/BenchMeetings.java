package tw.mainstream.tracking.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The generated task forces' meetings, written through the meeting module's tables: per task force
 * {@value #HELD} regular meetings, one a quarter (on the 15th of January, April, July and October),
 * numbered per ROC year by quarter (「113 年第 2 次會議」) and held before today, the last one with
 * confirmed minutes and the others with published minutes; then the next one, planned (notice sent
 * when it is less than two weeks away), with draft minutes. Each meeting has the fixed agenda items
 * (宣布開會, 主席致詞, 確認上次會議紀錄 with 「確認。」 once held); the tracked items add one discussion
 * item per proposing unit with one resolution per item they open, and one follow-up item 「有關「…」案」
 * with 「解除列管。」 where a meeting closed an item (continuations are only in the tracking module).
 */
final class BenchMeetings implements AutoCloseable {

    static final int HELD = 40;
    static final int PER_TASK_FORCE = HELD + 1;
    private static final String[] CHAIRS = {"陳建宏", "林淑芬", "黃志明", "張雅婷", "李俊傑", "王美玲"};
    private static final String[] RECORDERS = {"吳佩珊", "劉家豪", "蔡宜君", "楊凱文"};

    private final LocalDate today;
    private final LocalDate[] dates = new LocalDate[PER_TASK_FORCE];
    private final long meetingBase;
    private final long minutesBase;
    private long agendaItemId;
    private long resolutionId;
    private final long firstAgendaItem;
    private final long firstResolution;
    private final PreparedStatement meetings;
    private final PreparedStatement minutes;
    private final PreparedStatement items;
    private final PreparedStatement resolutions;
    /** Per (task force, meeting, unit): the discussion item of the unit's proposals, 0 until the first one. */
    private long[] discussion;
    /** Per (task force, meeting): the next position of a follow-up and of a discussion item, and of a resolution per unit. */
    private int[] followUps;
    private int[] discussions;
    private int[] resolutionsPerUnit;
    private int units;

    BenchMeetings(Connection c, LocalDate today, long meetingBase, long minutesBase, long agendaItemBase,
                  long resolutionBase) throws Exception {
        this.today = today;
        this.meetingBase = meetingBase;
        this.minutesBase = minutesBase;
        this.agendaItemId = agendaItemBase;
        this.resolutionId = resolutionBase;
        this.firstAgendaItem = agendaItemBase;
        this.firstResolution = resolutionBase;
        LocalDate next = LocalDate.of(today.getYear(), 1, 15);
        while (!next.isAfter(today)) {
            next = next.plusMonths(3);
        }
        for (int k = 0; k < PER_TASK_FORCE; k++) {
            dates[k] = next.minusMonths(3L * (HELD - k));
        }
        meetings = c.prepareStatement("insert into meeting_meeting (id, version, task_force_id, agency_id, roc_year,"
                + " sequence_no, kind, style, subject, meeting_date, start_time, end_time, place, place_detail, chair_name,"
                + " chair_title, recorder, contact_person, contact_phone, status, adjourned_at, proposal_deadline,"
                + " attendance_note, notice_sent_at) values (?, 0, ?, ?, ?, ?, 'REGULAR', 'SECTIONS', ?, ?, ?, ?, ?, ?, ?,"
                + " '召集人', ?, ?, ?, ?, ?, ?, '詳如簽到表', ?)");
        minutes = c.prepareStatement("insert into meeting_minutes (id, version, meeting_id, status, revision,"
                + " circulated_at, comment_deadline, confirmed_at, confirmed_by, published_at)"
                + " values (?, 0, ?, ?, 1, ?, ?, ?, ?, ?)");
        items = c.prepareStatement("insert into meeting_agenda_item (id, version, meeting_id, kind, position, subject,"
                + " explanation, unit_id, unit_label, covered_count, origin_resolution_id) values (?, 0, ?, ?, ?, ?, ?, ?, ?,"
                + " 1, ?)");
        resolutions = c.prepareStatement("insert into meeting_resolution (id, version, agenda_item_id, position, kind,"
                + " outcome, text, quorum_met, present_count, required_count, lead_unit_id, report_next_meeting)"
                + " values (?, 0, ?, ?, 'RESOLUTION', ?, ?, true, 11, 8, ?, false)");
    }

    /** The date of meeting {@code k} (0 … {@value #HELD}; the last is the next, planned meeting). */
    LocalDate date(int k) {
        return dates[k];
    }

    /** 「113 年第 2 次會議」, as the meeting module numbers it. */
    String label(int k) {
        return (dates[k].getYear() - 1911) + " 年第 " + sequence(k) + " 次會議";
    }

    long meetingId(int taskForce, int k) {
        return meetingBase + (long) taskForce * PER_TASK_FORCE + k;
    }

    /** Writes the meetings of {@code taskForces} task forces with their minutes and fixed agenda items. */
    void meetings(int taskForces, long taskForceBase, long agencyBase, int unitsPerAgency) throws Exception {
        units = unitsPerAgency;
        discussion = new long[taskForces * PER_TASK_FORCE * unitsPerAgency];
        resolutionsPerUnit = new int[discussion.length];
        followUps = new int[taskForces * PER_TASK_FORCE];
        discussions = new int[followUps.length];
        for (int t = 0; t < taskForces; t++) {
            for (int k = 0; k < PER_TASK_FORCE; k++) {
                meeting(t, k, taskForceBase + t, agencyBase + t);
            }
            if (t % 20 == 19) {
                flush();
            }
        }
        flush();
    }

    private void meeting(int t, int k, long taskForce, long agency) throws Exception {
        long id = meetingId(t, k);
        LocalDate date = dates[k];
        boolean held = k < HELD;
        String status = !held ? (date.minusDays(14).isAfter(today) ? "PLANNED" : "NOTICE_SENT")
                : k == HELD - 1 ? "CONFIRMED" : "PUBLISHED";
        meetings.setLong(1, id);
        meetings.setLong(2, taskForce);
        meetings.setLong(3, agency);
        meetings.setInt(4, date.getYear() - 1911);
        meetings.setInt(5, sequence(k));
        meetings.setString(6, "召開性別平等專案小組 " + label(k));
        meetings.setDate(7, Date.valueOf(date));
        meetings.setTime(8, Time.valueOf(LocalTime.of(14, 0)));
        meetings.setTime(9, Time.valueOf(LocalTime.of(16, 0)));
        meetings.setString(10, "本機關 " + (2 + t % 9) + " 樓第一會議室");
        meetings.setString(11, null);
        meetings.setString(12, CHAIRS[(t + k / 8) % CHAIRS.length]);
        String recorder = RECORDERS[(t + k / 12) % RECORDERS.length];
        meetings.setString(13, recorder);
        meetings.setString(14, recorder);
        meetings.setString(15, "(02)2345-" + String.format("%04d", 1000 + t));
        meetings.setString(16, status);
        meetings.setTime(17, held ? Time.valueOf(LocalTime.of(15, 50)) : null);
        meetings.setDate(18, Date.valueOf(date.minusDays(28)));
        meetings.setTimestamp(19, "PLANNED".equals(status) ? null : at(date.minusDays(14)));
        meetings.addBatch();

        minutes.setLong(1, minutesBase + id - meetingBase);
        minutes.setLong(2, id);
        minutes.setString(3, held ? status : "DRAFT");
        minutes.setTimestamp(4, held ? at(date.plusDays(5)) : null);
        minutes.setDate(5, held ? Date.valueOf(date.plusDays(12)) : null);
        minutes.setTimestamp(6, held ? at(date.plusDays(14)) : null);
        minutes.setString(7, held ? "幕僚" : null);
        minutes.setTimestamp(8, "PUBLISHED".equals(status) ? at(date.plusDays(21)) : null);
        minutes.addBatch();

        item(id, "ANNOUNCE", 1, null, null, null, null, null);
        item(id, "CHAIR_REMARKS", 2, null, null, null, null, null);
        long confirm = item(id, "CONFIRM_PREVIOUS", 3, k == 0 ? null : "確認" + label(k - 1) + "紀錄", null, null, null, null);
        if (held && k > 0) {
            resolution(confirm, 1, "NOTED", "確認。", null);
        }
    }

    /** The discussion item and resolution of meeting {@code k} that open a tracked item: {agenda item, resolution}. */
    long[] origin(int t, int k, int unit, long unitId, String text) throws Exception {
        int slot = (t * PER_TASK_FORCE + k) * units + unit;
        if (discussion[slot] == 0) {
            String unitLabel = unitLabel(unit);
            discussion[slot] = item(meetingId(t, k), "DISCUSSION", ++discussions[t * PER_TASK_FORCE + k],
                    unitLabel + "提案：性別平等推動計畫執行事項，提請討論。",
                    "一、依本小組年度性別平等推動計畫辦理。\n二、檢陳辦理事項，請討論。", unitId, unitLabel, null);
        }
        long resolution = resolution(discussion[slot], ++resolutionsPerUnit[slot], "ADOPTED", text, unitId);
        return new long[] {discussion[slot], resolution};
    }

    /** The follow-up item of meeting {@code k} that closes the item opened by {@code originResolution}. */
    void closing(int t, int k, int unit, long unitId, String content, long originResolution) throws Exception {
        String subject = "有關「" + content + "」案";
        long item = item(meetingId(t, k), "FOLLOW_UP", ++followUps[t * PER_TASK_FORCE + k], subject,
                "已依決議辦理完竣，擬解除列管。", unitId, unitLabel(unit), originResolution);
        resolution(item, 1, "CLOSED", "解除列管。", unitId);
    }

    private long item(long meeting, String kind, int position, String subject, String explanation, Long unitId,
                      String unitLabel, Long originResolution) throws Exception {
        long id = agendaItemId++;
        batch(items, id, meeting, kind, position, subject, explanation, unitId, unitLabel, originResolution);
        return id;
    }

    private long resolution(long item, int position, String outcome, String text, Long leadUnit) throws Exception {
        long id = resolutionId++;
        batch(resolutions, id, item, position, outcome, text, leadUnit);
        return id;
    }

    private static void batch(PreparedStatement ps, Object... values) throws Exception {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, values[i]);
            }
        }
        ps.addBatch();
    }

    /** Writes what is batched, parents first. */
    void flush() throws Exception {
        meetings.executeBatch();
        minutes.executeBatch();
        items.executeBatch();
        resolutions.executeBatch();
    }

    String counts() {
        return String.format("meetings %d, minutes %d, agenda items %d, resolutions %d", discussions.length,
                discussions.length, agendaItemId - firstAgendaItem, resolutionId - firstResolution);
    }

    static String unitLabel(int unit) {
        return "第 " + (unit + 1) + " 組";
    }

    private int sequence(int k) {
        return (dates[k].getMonthValue() - 1) / 3 + 1;
    }

    private Timestamp at(LocalDate day) {
        LocalDateTime t = day.atTime(10, 0);
        LocalDateTime now = LocalDateTime.now();
        return Timestamp.valueOf(t.isAfter(now) ? now : t);
    }

    @Override
    public void close() throws Exception {
        meetings.close();
        minutes.close();
        items.close();
        resolutions.close();
    }
}
