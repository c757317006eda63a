package tw.mainstream.search;

import tw.mainstream.search.engine.RebuildProgress;
import tw.mainstream.search.engine.SearchIndex;
import tw.mainstream.search.engine.SearchIndexer;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar mainstream.jar rebuild-search-index [--spring.datasource.url=… …]}: rebuilds the
 * search index from the database with the same configuration as the server, printing progress.
 * The whole application starts (its web server only on a free loopback port, for the time of the
 * rebuild), so that every module's sources are there. Stop the server first: the index folder
 * belongs to one process.
 */
public final class RebuildIndexCommand {

    public static final String NAME = "rebuild-search-index";

    private RebuildIndexCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        String[] springArgs = Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("mainstream.search.rebuild-at-start=false", "mainstream.tracking.reminders.enabled=false",
                        "spring.main.banner-mode=off", "server.port=0", "server.address=127.0.0.1")
                .run(springArgs)) {
            SearchIndex index = context.getBean(SearchIndex.class);
            Future<?> rebuild = context.getBean(SearchIndexer.class).startRebuild();
            while (!rebuild.isDone()) {
                Thread.sleep(2_000);
                RebuildProgress p = index.rebuildProgress();
                out.printf(Locale.ROOT, "rebuilding the search index: %,d of %,d records%n", p.done(), p.total());
            }
            rebuild.get();
            out.printf(Locale.ROOT, "search index rebuilt: %,d records%n", index.rebuildProgress().done());
            return 0;
        } catch (Exception e) {
            err.println("search index rebuild failed: " + e.getMessage());
            return 1;
        }
    }
}
