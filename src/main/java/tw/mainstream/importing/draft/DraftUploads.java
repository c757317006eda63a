package tw.mainstream.importing.draft;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.importing.ImportResult;
import tw.mainstream.importing.MinutesImporter;
import tw.mainstream.importing.MinutesJson;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Reads uploaded minutes (TXT, DOCX, ODT, PDF) into drafts of a task force of the secretariat's agency:
 * all files of an upload or none.
 */
@Service
@Transactional
public class DraftUploads {
    /** The multipart limit (spring.servlet.multipart.max-file-size) refuses larger files before this. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final Set<String> EXTENSIONS = Set.of("txt", "docx", "odt", "pdf");

    private final ImportDraftRepository drafts;
    private final CommitteeApi committee;
    private final Clock clock;

    DraftUploads(ImportDraftRepository drafts, CommitteeApi committee, Clock clock) {
        this.drafts = drafts;
        this.committee = committee;
        this.clock = clock;
    }

    /** One uploaded file. */
    public record Upload(String fileName, byte[] bytes) {
    }

    /** Task forces the user may import minutes into. */
    @Transactional(readOnly = true)
    public List<TaskForceView> taskForces(CurrentUser user) {
        DraftAccess.requireSecretariat(user);
        if (user.isAdmin()) {
            return committee.allAgencies().stream().sorted(Comparator.comparing(AgencyView::id))
                    .flatMap(a -> committee.taskForcesOf(a.id()).stream()).toList();
        }
        return committee.taskForcesOf(user.agencyId());
    }

    @Transactional(readOnly = true)
    public List<ImportDraft> drafts(CurrentUser user) {
        DraftAccess.requireSecretariat(user);
        return user.isAdmin() ? drafts.findAllByOrderByCreatedAtDescIdDesc()
                : drafts.findByAgencyIdOrderByCreatedAtDescIdDesc(user.agencyId());
    }

    /** Reads every file into a draft of the task force; if any file cannot be read, none is saved. */
    public List<ImportDraft> upload(Long taskForceId, List<Upload> files, CurrentUser user) {
        DraftAccess.requireSecretariat(user);
        TaskForceView tf = taskForceId == null ? null : committee.taskForce(taskForceId)
                .filter(t -> user.canManageAgency(t.agencyId())).orElse(null);
        List<UploadRejected.FileProblem> problems = new ArrayList<>();
        if (tf == null) {
            problems.add(new UploadRejected.FileProblem(null, "importing.upload.noTaskForce"));
        }
        List<Upload> real = files == null ? List.of() : files.stream()
                .filter(f -> f.fileName() != null && !f.fileName().isBlank() || f.bytes().length > 0).toList();
        if (real.isEmpty()) {
            problems.add(new UploadRejected.FileProblem(null, "importing.upload.noFile"));
        }
        List<ImportResult> results = new ArrayList<>();
        for (Upload f : real) {
            String name = f.fileName() == null ? "" : f.fileName().strip();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (!EXTENSIONS.contains(ext)) {
                problems.add(new UploadRejected.FileProblem(name, "importing.upload.type"));
            } else if (f.bytes().length == 0) {
                problems.add(new UploadRejected.FileProblem(name, "importing.upload.empty"));
            } else if (f.bytes().length > MAX_BYTES) {
                problems.add(new UploadRejected.FileProblem(name, "importing.upload.tooLarge"));
            } else if (name.length() > 300) {
                problems.add(new UploadRejected.FileProblem(name, "importing.upload.nameTooLong"));
            } else {
                ImportResult r = MinutesImporter.importBytes(name, f.bytes());
                if (r.isOk()) {
                    results.add(r);
                } else {
                    problems.add(new UploadRejected.FileProblem(name, "importing.upload.unreadable", r.error()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UploadRejected(problems);
        }
        List<ImportDraft> saved = new ArrayList<>();
        for (ImportResult r : results) {
            DraftFactory.Result d = DraftFactory.from(r.minutes());
            saved.add(drafts.save(new ImportDraft(tf.agencyId(), tf.id(), r.filename(), r.sourceText(),
                    MinutesJson.toJson(r), DraftAccess.write(d.content()), d.uncertain(), user.username(), clock.instant())));
        }
        return saved;
    }
}
