package tw.mainstream.shared.cluster;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes change log entries older than {@code mainstream.cluster.change-log-days}, once a night per
 * cluster ({@code mainstream.cluster.change-log-prune-cron}).
 */
@Component
class ChangeLogPruner implements CronJob {
    private static final Logger log = LoggerFactory.getLogger(ChangeLogPruner.class);

    private final JdbcTemplate jdbc;
    private final ClusterProperties settings;

    ChangeLogPruner(JdbcTemplate jdbc, ClusterProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "change-log-prune";
    }

    @Override
    public String cron() {
        return settings.changeLogPruneCron();
    }

    @Override
    public void run() {
        int days = settings.changeLogDays();
        int n = jdbc.update("delete from change_log where created_at < ?", OffsetDateTime.now(ZoneOffset.UTC).minusDays(days));
        log.info("Change log: {} entries older than {} days deleted", n, days);
    }
}
