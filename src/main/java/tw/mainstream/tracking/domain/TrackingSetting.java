package tw.mainstream.tracking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tw.mainstream.shared.domain.DomainException;

/** A task force's tracking settings: follow-up table columns, next meeting date, reminder lead time. */
@Entity
@Table(name = "tracking_setting")
public class TrackingSetting {
    @Id
    private Long taskForceId;
    @Version
    private long version;
    private String followUpColumns;
    private LocalDate nextMeetingDate;
    private int reminderDays = 7;

    protected TrackingSetting() {
    }

    public TrackingSetting(Long taskForceId) {
        this.taskForceId = taskForceId;
        this.followUpColumns = join(FollowUpColumn.DEFAULT);
    }

    public List<FollowUpColumn> columns() {
        return Arrays.stream(followUpColumns.split(",")).map(FollowUpColumn::valueOf).toList();
    }

    public void update(List<FollowUpColumn> columns, LocalDate nextMeetingDate, int reminderDays) {
        if (columns.isEmpty() || columns.stream().distinct().count() != columns.size()) {
            throw DomainException.invalid("tracking.error.columns");
        }
        if (reminderDays < 0 || reminderDays > 90) {
            throw DomainException.invalid("tracking.error.reminderDays");
        }
        this.followUpColumns = join(columns);
        this.nextMeetingDate = nextMeetingDate;
        this.reminderDays = reminderDays;
    }

    /** The meeting of the stored date (or a later one) has been held: no next meeting date is known now. */
    void meetingHeld(LocalDate meetingDate) {
        if (nextMeetingDate != null && !nextMeetingDate.isAfter(meetingDate)) {
            nextMeetingDate = null;
        }
    }

    private static String join(List<FollowUpColumn> columns) {
        return columns.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public Long getTaskForceId() { return taskForceId; }
    public long getVersion() { return version; }
    public LocalDate getNextMeetingDate() { return nextMeetingDate; }
    public int getReminderDays() { return reminderDays; }
}
