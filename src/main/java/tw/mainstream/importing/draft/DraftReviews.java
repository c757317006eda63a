package tw.mainstream.importing.draft;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.CurrentUser;

/**
 * The review of a draft beside its source: its structure edited with optimistic locking (the 待確認
 * marks follow the fields), or the draft discarded.
 */
@Service
@Transactional
public class DraftReviews {

    private final DraftAccess access;
    private final CommitteeApi committee;
    private final ImportDraftRepository drafts;
    private final Clock clock;

    DraftReviews(DraftAccess access, CommitteeApi committee, ImportDraftRepository drafts, Clock clock) {
        this.access = access;
        this.committee = committee;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** A draft with what the review page shows beside it. */
    public record Review(ImportDraft draft, DraftContent content, Set<String> marks, TaskForceView taskForce,
                         AgencyUnits units) {
    }

    @Transactional(readOnly = true)
    public Review review(Long id, CurrentUser user) {
        ImportDraft d = access.draft(id, user);
        return review(d, DraftAccess.read(d.getContentJson()));
    }

    /** The review of a draft with values the user typed but that were not saved. */
    @Transactional(readOnly = true)
    public Review review(Long id, DraftContent unsaved, CurrentUser user) {
        return review(access.draft(id, user), unsaved);
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
        ImportDraft d = access.draft(id, user);
        d.requireDraft();
        d.checkVersion(version);
        normalise(content, DraftAccess.read(d.getContentJson()));
        Map<String, DraftValidator.Problem> problems = new java.util.LinkedHashMap<>(DraftValidator.forDraft(content,
                new AgencyUnits(committee.units(d.getAgencyId()))));
        if (edit != null && edit.op() == DraftEdit.Op.ADD_ITEM) {
            problems.putAll(DraftValidator.forNewItem(edit.kind(), edit.title()));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<String, String> before = DraftAccess.read(d.getContentJson()).fields();
        Map<String, String> after = content.fields();
        List<String> still = d.uncertain().stream()
                .filter(p -> Objects.equals(blankToNull(before.get(p)), blankToNull(after.get(p)))).toList();
        if (edit != null) {
            edit.apply(content);
            still = edit.paths(still);
        }
        d.edit(DraftAccess.write(content), still, user.username(), clock.instant());
        drafts.flush();
        return problems;
    }

    /** The draft's structure as last saved. */
    public DraftContent content(ImportDraft d) {
        return DraftAccess.read(d.getContentJson());
    }

    public void discard(Long id, long version, CurrentUser user) {
        ImportDraft d = access.draft(id, user);
        d.checkVersion(version);
        d.discard(user.username(), clock.instant());
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
    }}
