package tw.mainstream.shared.cluster;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes change log entries older than {@code mainstream.cluster.change-log-days}, once a night per cluster. */
@Component
class ChangeLogPruner {
    private static final Logger log = LoggerFactory.getLogger(ChangeLogPruner.class);

    private final JdbcTemplate jdbc;
    private final int days;

    ChangeLogPruner(JdbcTemplate jdbc, ClusterProperties settings) {
        this.jdbc = jdbc;
        this.days = settings.changeLogDays();
    }

    @Scheduled(cron = "${mainstream.cluster.change-log-prune-cron:0 30 3 * * *}", zone = "Asia/Taipei")
    @SchedulerLock(name = "change-log-prune", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    public void prune() {
        int n = jdbc.update("delete from change_log where created_at < ?", OffsetDateTime.now(ZoneOffset.UTC).minusDays(days));
        log.info("Change log: {} entries older than {} days deleted", n, days);
    }
}
