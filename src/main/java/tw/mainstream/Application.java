package tw.mainstream;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import tw.mainstream.importing.ImportMinutesCommand;
import tw.mainstream.search.RebuildIndexCommand;
import tw.mainstream.shared.backup.BackupCommand;
import tw.mainstream.shared.startup.StartupReport;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ImportMinutesCommand.NAME)) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            System.exit(ImportMinutesCommand.run(args, out, System.err));
        }
        if (args.length > 0 && args[0].equals(RebuildIndexCommand.NAME)) {
            System.exit(RebuildIndexCommand.run(Application.class, args, System.out, System.err));
        }
        if (args.length > 0 && (args[0].equals(BackupCommand.BACKUP) || args[0].equals(BackupCommand.RESTORE))) {
            System.exit(BackupCommand.run(args, System.out, System.err));
        }
        SpringApplication application = new SpringApplication(Application.class);
        StartupReport.attachIfAsked(application);
        application.run(args);
    }
}
