package tw.mainstream.shared.startup;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Where start-up time goes (`bench/startup.sh RUNS --report`): with the system property
 * {@code -Dmainstream.startup-report=true} the application records Spring's start-up steps and,
 * once ready, logs the slowest by own time (without the steps nested in them), then the own time
 * summed per kind of step. {@code -Dmainstream.startup-report.top=N} shows N steps (40).
 */
public final class StartupReport implements ApplicationListener<ApplicationReadyEvent> {
    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private static final int CAPACITY = 100_000;
    private final BufferingApplicationStartup startup;
    private final int shown;

    private StartupReport(BufferingApplicationStartup startup, int shown) {
        this.startup = startup;
        this.shown = shown;
    }

    /** Turns the report on when the system property asks for it; otherwise records nothing. */
    public static void attachIfAsked(SpringApplication application) {
        if (!Boolean.getBoolean("mainstream.startup-report")) {
            return;
        }
        BufferingApplicationStartup startup = new BufferingApplicationStartup(CAPACITY);
        application.setApplicationStartup(startup);
        application.addListeners(new StartupReport(startup, Integer.getInteger("mainstream.startup-report.top", 40)));
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        Map<Long, Duration> nested = new HashMap<>();
        for (TimelineEvent e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                nested.merge(parent, e.getDuration(), Duration::plus);
            }
        }
        StringBuilder report = new StringBuilder("Start-up report (own time, slowest first):");
        events.stream()
                .sorted(Comparator.comparing((TimelineEvent e) -> ownTime(e, nested)).reversed())
                .limit(shown)
                .forEach(e -> report.append(String.format("%n%7d ms  %s %s", ownTime(e, nested).toMillis(),
                        e.getStartupStep().getName(), tags(e.getStartupStep()))));
        Map<String, Duration> byKind = new TreeMap<>();
        events.forEach(e -> byKind.merge(e.getStartupStep().getName(), ownTime(e, nested), Duration::plus));
        report.append(String.format("%nOwn time per kind of step (%d steps):", events.size()));
        byKind.forEach((kind, time) -> report.append(String.format("%n%7d ms  %s", time.toMillis(), kind)));
        log.info("{}", report);
    }

    private static Duration ownTime(TimelineEvent e, Map<Long, Duration> nested) {
        return e.getDuration().minus(nested.getOrDefault(e.getStartupStep().getId(), Duration.ZERO));
    }

    private static String tags(StartupStep step) {
        return StreamSupport.stream(step.getTags().spliterator(), false)
                .map(tag -> tag.getKey() + "=" + tag.getValue())
                .collect(Collectors.joining(" "));
    }
}
