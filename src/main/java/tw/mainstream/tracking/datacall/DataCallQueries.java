package tw.mainstream.tracking.datacall;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/** Data calls as the reader may see them: their own level and the levels below, never siblings. */
@Service
@Transactional(readOnly = true)
public class DataCallQueries {

    private final DataCallRepository calls;
    private final SubmissionRepository submissions;
    private final FormTemplateRepository templates;
    private final CommitteeApi committee;
    private final Clock clock;

    DataCallQueries(DataCallRepository calls, SubmissionRepository submissions, FormTemplateRepository templates,
                  CommitteeApi committee, Clock clock) {
        this.calls = calls;
        this.submissions = submissions;
        this.templates = templates;
        this.committee = committee;
        this.clock = clock;
    }

    public List<FormTemplate> templates() {
        return templates.findAll(Sort.by("id"));
    }

    /** Calls the user runs or reads, and calls they must answer. */
    public List<CallView> list(CurrentUser user) {
        Map<Long, DataCall> found = new LinkedHashMap<>();
        if (!user.is(AccountRole.LIAISON)) {
            calls.findByAgencyIdInOrderByDeadlineDescIdDesc(user.readableAgencies()).forEach(c -> found.put(c.getId(), c));
        }
        List<Submission> mine = mine(user);
        calls.findAllById(mine.stream().map(Submission::getCallId).toList()).forEach(c -> found.putIfAbsent(c.getId(), c));
        return found.values().stream().sorted(Comparator.comparing(DataCall::getDeadline).reversed())
                .map(c -> view(user, c)).toList();
    }

    /** The status of the user's own answer to each call they must answer (a liaison's unit, an agency's secretariat). */
    public Map<Long, SubmissionStatus> myStatuses(CurrentUser user) {
        Map<Long, SubmissionStatus> statuses = new LinkedHashMap<>();
        mine(user).forEach(sub -> statuses.putIfAbsent(sub.getCallId(), sub.getStatus()));
        return statuses;
    }

    private List<Submission> mine(CurrentUser user) {
        return user.is(AccountRole.LIAISON) ? submissions.findByUnitIdOrderByIdDesc(user.unitId())
                : user.agencyId() == null ? List.of() : submissions.findByAgencyIdAndUnitIdIsNullOrderByIdDesc(user.agencyId());
    }

    public CallDetailView detail(CurrentUser user, long callId) {
        DataCall call = calls.findById(callId).orElseThrow(() -> new NotFoundException("dataCall", callId));
        List<SubmissionView> visible = submissions.findByCallIdOrderByIdAsc(callId).stream()
                .filter(s -> DataCallAccess.sees(user, call, s)).map(s -> view(user, call, s)).toList();
        if (visible.isEmpty() && !DataCallAccess.seesAll(user, call)) {
            throw new NotFoundException("dataCall", callId);
        }
        return new CallDetailView(view(user, call), visible);
    }

    /** One submission with its call, for the answer form. */
    public CallDetailView submission(CurrentUser user, long submissionId) {
        Submission s = submissions.findById(submissionId)
                .orElseThrow(() -> new NotFoundException("submission", submissionId));
        DataCall call = calls.findById(s.getCallId()).orElseThrow();
        if (!DataCallAccess.sees(user, call, s)) {
            throw new NotFoundException("submission", submissionId);
        }
        return new CallDetailView(view(user, call), List.of(view(user, call, s)));
    }

    /** Accepted answers in one table, for those who see all answers of the call. */
    public ConsolidationView consolidate(CurrentUser user, long callId, Locale locale) {
        DataCall call = calls.findById(callId).orElseThrow(() -> new NotFoundException("dataCall", callId));
        if (!DataCallAccess.seesAll(user, call)) {
            throw new NotFoundException("dataCall", callId);
        }
        FormDefinition form = DataCallService.form(call);
        List<String> header = new ArrayList<>(List.of("en".equals(locale.getLanguage()) ? "Respondent" : "填報單位"));
        form.scalars().forEach(f -> header.add(f.label(locale)));
        form.table().ifPresent(t -> t.columns().forEach(c -> header.add(c.label(locale))));
        List<FieldType> types = new ArrayList<>(List.of(FieldType.TEXT));
        form.scalars().forEach(f -> types.add(f.type()));
        form.table().ifPresent(t -> t.columns().forEach(c -> types.add(c.type())));
        List<List<String>> rows = new ArrayList<>();
        for (Submission s : submissions.findByCallIdOrderByIdAsc(callId)) {
            if (s.getStatus() != SubmissionStatus.ACCEPTED) {
                continue;
            }
            Answer a = DataCallService.read(s.getAnswer());
            List<String> base = new ArrayList<>(List.of(recipient(s)));
            form.scalars().forEach(f -> base.add(a.scalars().getOrDefault(f.key(), "")));
            if (form.table().isEmpty()) {
                rows.add(base);
                continue;
            }
            FormDefinition.Field t = form.table().get();
            for (Map<String, String> row : a.tables().getOrDefault(t.key(), List.of())) {
                List<String> line = new ArrayList<>(base);
                t.columns().forEach(c -> line.add(row.getOrDefault(c.key(), "")));
                rows.add(line);
            }
        }
        return new ConsolidationView(header, types, rows);
    }

    private CallView view(CurrentUser user, DataCall c) {
        return new CallView(c.getId(), c.getAgencyId(), committee.agency(c.getAgencyId()).map(AgencyView::name).orElse(""),
                c.getTitle(), c.getTemplateCode(), c.getDeadline(), c.getParentSubmissionId(), DataCallService.form(c),
                DataCallAccess.runs(user, c));
    }

    private SubmissionView view(CurrentUser user, DataCall call, Submission s) {
        LocalDate today = LocalDate.now(clock);
        Long child = s.getUnitId() == null
                ? calls.findFirstByParentSubmissionId(s.getId()).map(DataCall::getId).orElse(null) : null;
        return new SubmissionView(s.getId(), s.getVersion(), s.getCallId(), s.getAgencyId(), s.getUnitId(),
                recipient(s), s.shownStatus(call.getDeadline(), today), DataCallService.read(s.getAnswer()),
                s.getSecretariatComment(), s.getSubmittedAt(), DataCallAccess.writes(user, s) && s.getStatus().editable(),
                child);
    }

    private String recipient(Submission s) {
        if (s.getUnitId() != null) {
            return committee.unit(s.getUnitId()).map(UnitView::name).orElse("");
        }
        return committee.agency(s.getAgencyId()).map(AgencyView::name).orElse("");
    }
}
