package tw.mainstream.shared.cluster;

import java.time.Duration;

/**
 * A job a module runs on a schedule: a bean of this type is run at its cron expression (Taiwan time,
 * read from the module's checked {@link CronSetting} setting) by one node of the cluster at a time,
 * under the ShedLock lock {@link #name()} (see {@code SchedulingConfig}).
 */
public interface CronJob extends Runnable {

    /** The cron expression meaning "never" (Spring's own). */
    String OFF = "-";

    /** The lock name, unique among the jobs. */
    String name();

    /** When it runs (second minute hour day month weekday, Asia/Taipei); {@link #OFF}: never. */
    String cron();

    /** How long a run holds the lock at most (a node that dies while running frees it then). */
    default Duration lockAtMostFor() {
        return Duration.ofHours(1);
    }

    /** How long a run holds the lock at least, so that nodes whose clocks differ a little do not run it again. */
    default Duration lockAtLeastFor() {
        return Duration.ofMinutes(5);
    }
}
