package tw.mainstream.statistics.microdata;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The DuckDB engine of microdata pivots ({@code mainstream.microdata.*}).
 *
 * @param threads     worker threads, 0 for all available processors
 * @param memoryLimit DuckDB's memory limit, e.g. {@code 2GB} or {@code 25%}
 */
@Validated
@ConfigurationProperties("mainstream.microdata")
record MicrodataProperties(@DefaultValue("0") @Min(0) int threads,
                           @DefaultValue("2GB") @Pattern(regexp = MicrodataEngine.MEMORY_LIMIT_FORMAT,
                                   message = "must look like 2GB or 25%") String memoryLimit) {
}
