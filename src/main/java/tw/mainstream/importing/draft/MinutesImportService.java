package tw.mainstream.importing.draft;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.importing.DraftImported;
import tw.mainstream.importing.ImportResult;
import tw.mainstream.importing.MinutesImporter;
import tw.mainstream.importing.MinutesJson;
import tw.mainstream.meeting.HeldMeetingRecord;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.meeting.MeetingView;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.time.RocDates;

/**
 * The secretariat's import of past minutes: files read into drafts of the agency (all or none of an
 * upload), drafts edited with optimistic locking, then saved as a held meeting with confirmed minutes
 * — after a warning when the task force already has a meeting that day. Confirming the minutes opens
 * tracked items for the resolutions that leave work (the tracking module's rule); the rows of a follow-up
 * table not marked 解列 travel in {@link DraftImported}, and tracking opens them, dated as the row. Drafts
 * of another agency answer 404.
 */
@Service
@Transactional
public class MinutesImportService {
    /** The multipart limit (spring.servlet.multipart.max-file-size) refuses larger files before this. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final Set<String> EXTENSIONS = Set.of("txt", "docx", "odt", "pdf");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ImportDraftRepository drafts;
    private final CommitteeApi committee;
    private final MeetingApi meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesImportService(ImportDraftRepository drafts, CommitteeApi committee, MeetingApi meetings,
                         ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.committee = committee;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    /** One uploaded file. */
    public record Upload(String fileName, byte[] bytes) {
    }

    /** A draft with what the review page shows beside it. */
    public record Review(ImportDraft draft, DraftContent content, Set<String> marks, TaskForceView taskForce,
                         AgencyUnits units) {
    }

    /** Saving as a meeting: the meeting made, or the meetings of that day the user has not yet confirmed past. */
    public record SaveOutcome(MeetingView meeting, List<MeetingView> duplicates, Map<String, DraftValidator.Problem> problems) {
        public boolean saved() {
            return meeting != null;
        }
    }

    /** Task forces the user may import minutes into. */
    @Transactional(readOnly = true)
    public List<TaskForceView> taskForces(CurrentUser user) {
        requireSecretariat(user);
        if (user.isAdmin()) {
            return committee.allAgencies().stream().sorted(Comparator.comparing(AgencyView::id))
                    .flatMap(a -> committee.taskForcesOf(a.id()).stream()).toList();
        }
        return committee.taskForcesOf(user.agencyId());
    }

    @Transactional(readOnly = true)
    public List<ImportDraft> drafts(CurrentUser user) {
        requireSecretariat(user);
        return user.isAdmin() ? drafts.findAllByOrderByCreatedAtDescIdDesc()
                : drafts.findByAgencyIdOrderByCreatedAtDescIdDesc(user.agencyId());
    }

    /** Reads every file into a draft of the task force; if any file cannot be read, none is saved. */
    public List<ImportDraft> upload(Long taskForceId, List<Upload> files, CurrentUser user) {
        requireSecretariat(user);
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
                    MinutesJson.toJson(r), write(d.content()), d.uncertain(), user.username(), clock.instant())));
        }
        return saved;
    }

    @Transactional(readOnly = true)
    public Review review(Long id, CurrentUser user) {
        ImportDraft d = draft(id, user);
        return review(d, read(d.getContentJson()));
    }

    /** The review of a draft with values the user typed but that were not saved. */
    @Transactional(readOnly = true)
    public Review review(Long id, DraftContent unsaved, CurrentUser user) {
        return review(draft(id, user), unsaved);
    }

    private Review review(ImportDraft d, DraftContent content) {
        AgencyUnits units = new AgencyUnits(committee.units(d.getAgencyId()));
        TaskForceView tf = committee.taskForce(d.getTaskForceId()).orElseThrow();
        return new Review(d, content, NeedsChecking.of(content, d.uncertain(), units), tf, units);
    }

    /**
     * Saves the edited structure if every field is well formed (else the problems, nothing saved). A
     * field the importer was unsure of counts as checked once the user changed it.
     */
    public Map<String, DraftValidator.Problem> update(Long id, long version, DraftContent content, CurrentUser user) {
        return update(id, version, content, null, user);
    }

    /**
     * Saves the edited structure as {@link #update(Long, long, DraftContent, CurrentUser)} does, then
     * changes its structure ({@code edit}, none when null): an item or a resolution, remark or row added,
     * removed or moved. The 待確認 marks move with their fields; those of removed fields are dropped.
     * Nothing is saved when a field or the new item's kind or title is not well formed.
     */
    public Map<String, DraftValidator.Problem> update(Long id, long version, DraftContent content, DraftEdit edit,
                                                      CurrentUser user) {
        ImportDraft d = draft(id, user);
        d.requireDraft();
        d.checkVersion(version);
        normalise(content, read(d.getContentJson()));
        Map<String, DraftValidator.Problem> problems = new java.util.LinkedHashMap<>(DraftValidator.forDraft(content,
                new AgencyUnits(committee.units(d.getAgencyId()))));
        if (edit != null && edit.op() == DraftEdit.Op.ADD_ITEM) {
            problems.putAll(DraftValidator.forNewItem(edit.kind(), edit.title()));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<String, String> before = read(d.getContentJson()).fields();
        Map<String, String> after = content.fields();
        List<String> still = d.uncertain().stream()
                .filter(p -> Objects.equals(blankToNull(before.get(p)), blankToNull(after.get(p)))).toList();
        if (edit != null) {
            edit.apply(content);
            still = edit.paths(still);
        }
        d.edit(write(content), still, user.username(), clock.instant());
        drafts.flush();
        return problems;
    }

    /**
     * Creates the meeting from the saved draft. Refused with the problems when a field is missing or
     * wrong; answered with the task force's meetings of that day unless {@code confirmDuplicate}.
     */
    public SaveOutcome saveAsMeeting(Long id, long version, boolean publish, boolean confirmDuplicate,
                                     CurrentUser user) {
        ImportDraft d = draft(id, user);
        d.requireDraft();
        d.checkVersion(version);
        DraftContent c = read(d.getContentJson());
        AgencyUnits units = new AgencyUnits(committee.units(d.getAgencyId()));
        Map<String, DraftValidator.Problem> problems = DraftValidator.forMeeting(c, units);
        if (!problems.isEmpty()) {
            return new SaveOutcome(null, List.of(), problems);
        }
        HeldMeetingRecord record = MeetingMapping.toRecord(c, d.getTaskForceId(), units, publish);
        List<MeetingView> sameDay = duplicates(id, user);
        if (!sameDay.isEmpty() && !confirmDuplicate) {
            return new SaveOutcome(null, sameDay, Map.of());
        }
        MeetingView meeting = meetings.recordHeldMeeting(record, user);
        d.saved(meeting.id(), user.username(), clock.instant());
        events.publishEvent(new DraftImported(d.getId(), meeting.id(), meeting.taskForceId(), meeting.date(),
                user.username(), openRows(c, meeting, units)));
        return new SaveOutcome(meeting, List.of(), Map.of());
    }

    /** Rows of a follow-up table not marked 解列 that name a unit of the agency: work still open. */
    private static List<DraftImported.OpenRow> openRows(DraftContent c, MeetingView meeting, AgencyUnits units) {
        List<DraftImported.OpenRow> open = new ArrayList<>();
        for (DraftContent.Item item : c.items) {
            for (DraftContent.Row row : item.rows) {
                var unit = units.match(row.unit);
                if ("是".equals(row.closed) || unit.isEmpty() || MeetingMapping.trim(row.content) == null) {
                    continue;
                }
                open.add(new DraftImported.OpenRow(RocDates.parse(row.date).orElse(meeting.date()), row.content.strip(),
                        unit.get().id()));
            }
        }
        return open;
    }

    /** The task force's meetings on the draft's date (none when the date is not readable). */
    @Transactional(readOnly = true)
    public List<MeetingView> duplicates(Long id, CurrentUser user) {
        ImportDraft d = draft(id, user);
        return RocDates.parse(read(d.getContentJson()).date).map(date -> meetings.meetingsOf(d.getTaskForceId(), user)
                .stream().filter(m -> m.date().equals(date) && m.status() != MeetingStatus.CANCELLED).toList())
                .orElse(List.of());
    }

    /** The draft's structure as last saved. */
    public DraftContent content(ImportDraft d) {
        return read(d.getContentJson());
    }

    public void discard(Long id, long version, CurrentUser user) {
        ImportDraft d = draft(id, user);
        d.checkVersion(version);
        d.discard(user.username(), clock.instant());
    }

    private ImportDraft draft(Long id, CurrentUser user) {
        requireSecretariat(user);
        ImportDraft d = drafts.findById(id).orElseThrow(() -> new NotFoundException("importDraft", id));
        if (!user.canManageAgency(d.getAgencyId())) {
            throw new NotFoundException("importDraft", id);
        }
        return d;
    }

    private static void requireSecretariat(CurrentUser user) {
        user.requireRole(AccountRole.SECRETARIAT);
    }

    /** Lists the form did not send (an item without resolutions) stay as they were; the printed labels too. */
    private static void normalise(DraftContent content, DraftContent saved) {
        if (content.attendance == null) {
            content.attendance = new DraftContent.Attendees();
        }
        if (content.items == null) {
            content.items = new ArrayList<>();
        }
        if (content.items.size() != saved.items.size()) {
            throw DomainException.invalid("importing.error.structure");
        }
        for (int i = 0; i < content.items.size(); i++) {
            DraftContent.Item item = content.items.get(i);
            DraftContent.Item old = saved.items.get(i);
            if (item == null) {
                throw DomainException.invalid("importing.error.structure");
            }
            item.label = old.label;
            item.remarks = item.remarks == null ? new ArrayList<>() : item.remarks;
            item.resolutions = item.resolutions == null ? new ArrayList<>() : item.resolutions;
            item.rows = item.rows == null ? new ArrayList<>() : item.rows;
            if (item.remarks.size() != old.remarks.size() || item.resolutions.size() != old.resolutions.size()
                    || item.rows.size() != old.rows.size() || item.remarks.contains(null)
                    || item.resolutions.contains(null) || item.rows.contains(null)) {
                throw DomainException.invalid("importing.error.structure");
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String write(DraftContent c) {
        return JSON.writeValueAsString(c);
    }

    static DraftContent read(String json) {
        return JSON.readValue(json, DraftContent.class);
    }
}
