package tw.mainstream.shared.cluster;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Several nodes ({@code mainstream.cluster.*}).
 *
 * @param enabled              follow the change log written by every node (search index, caches)
 * @param pollMillis           how often a node reads the change log
 * @param gapSeconds           how long a skipped change log id is waited for (a rolled-back transaction leaves one for ever)
 * @param changeLogDays        how long change log entries are kept
 * @param changeLogPruneCron   when older entries are deleted (Asia/Taipei), once per cluster; {@code -}: never
 */
@Validated
@ConfigurationProperties("mainstream.cluster")
public record ClusterProperties(boolean enabled,
                                @DefaultValue("200") @Min(10) long pollMillis,
                                @DefaultValue("300") @Min(1) long gapSeconds,
                                @DefaultValue("7") @Min(1) int changeLogDays,
                                @DefaultValue("0 30 3 * * *") @NotNull @CronSetting String changeLogPruneCron) {
}
