package tw.mainstream.tracking.datacall;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.ForbiddenException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Data calls: send a form to units and sub-agencies, answer (draft, submit), accept or return, and
 * pass a call down the agency tree and roll the accepted answers back up.
 */
@Service
@Transactional
public class DataCallService {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final DataCallRepository calls;
    private final SubmissionRepository submissions;
    private final FormTemplateRepository templates;
    private final CommitteeApi committee;
    private final Clock clock;

    DataCallService(DataCallRepository calls, SubmissionRepository submissions, FormTemplateRepository templates,
                    CommitteeApi committee, Clock clock) {
        this.calls = calls;
        this.submissions = submissions;
        this.templates = templates;
        this.committee = committee;
        this.clock = clock;
    }

    /** What sending needs: a template, a deadline, and the units and sub-agencies that must answer. */
    public record SendCommand(String title, String templateCode, LocalDate deadline, Collection<Long> unitIds,
                              Collection<Long> agencyIds) {
    }

    public DataCall send(CurrentUser user, SendCommand cmd) {
        if (user.agencyId() == null || !(user.canManageAgency(user.agencyId())
                || user.is(tw.mainstream.shared.security.AccountRole.OVERSIGHT))) {
            throw new ForbiddenException();
        }
        return sendUnchecked(user.agencyId(), cmd, user.displayName(), null);
    }

    public DataCall sendUnchecked(Long agencyId, SendCommand cmd, String actor, Long parentSubmissionId) {
        FormTemplate template = templates.findByCode(cmd.templateCode() == null ? "" : cmd.templateCode())
                .orElseThrow(() -> DomainException.invalid("tracking.dataCall.error.template"));
        return create(agencyId, cmd, template.getDefinition(), template.getCode(), actor, parentSubmissionId);
    }

    private DataCall create(Long agencyId, SendCommand cmd, String definition, String code, String actor,
                            Long parentSubmissionId) {
        if (cmd.deadline() == null || cmd.deadline().isBefore(LocalDate.now(clock))) {
            throw DomainException.invalid("tracking.dataCall.error.deadline");
        }
        Set<Long> units = Set.copyOf(cmd.unitIds() == null ? List.of() : cmd.unitIds());
        Set<Long> agencies = Set.copyOf(cmd.agencyIds() == null ? List.of() : cmd.agencyIds());
        if (units.isEmpty() && agencies.isEmpty()) {
            throw DomainException.invalid("tracking.dataCall.error.noRecipients");
        }
        List<Long> ownUnits = committee.units(agencyId).stream().map(UnitView::id).toList();
        Set<Long> below = new java.util.HashSet<>(committee.agencyWithDescendants(agencyId));
        below.remove(agencyId);
        if (!ownUnits.containsAll(units) || !below.containsAll(agencies)) {
            throw DomainException.invalid("tracking.dataCall.error.recipients");
        }
        String title = cmd.title() == null || cmd.title().isBlank()
                ? templates.findByCode(code).map(FormTemplate::getName).orElse(code) : cmd.title().strip();
        DataCall call = calls.save(new DataCall(agencyId, title, code, definition, cmd.deadline(), parentSubmissionId,
                actor, clock.instant()));
        units.forEach(u -> submissions.save(new Submission(call.getId(), agencyId, u, clock.instant())));
        agencies.forEach(a -> submissions.save(new Submission(call.getId(), a, null, clock.instant())));
        return call;
    }

    /** Saves a draft or submits; the answer is checked against the form, problems come back per field. */
    public FormValidator.Result answer(CurrentUser user, long submissionId, Long expectedVersion, Answer answer,
                                       boolean submit) {
        Submission s = submission(user, submissionId);
        if (!DataCallAccess.writes(user, s)) {
            throw new ForbiddenException();
        }
        if (expectedVersion != null) {
            s.checkVersion(expectedVersion);
        }
        DataCall call = calls.findById(s.getCallId()).orElseThrow();
        FormValidator.Result result = FormValidator.validate(form(call), answer, submit);
        if (result.problems().isEmpty()) {
            s.write(JSON.writeValueAsString(result.answer()), submit, clock.instant());
        }
        return result;
    }

    public Submission accept(CurrentUser user, long submissionId) {
        Submission s = runnable(user, submissionId);
        s.accept(clock.instant());
        return s;
    }

    public Submission returnWith(CurrentUser user, long submissionId, String comment) {
        Submission s = runnable(user, submissionId);
        s.returnWith(comment, clock.instant());
        return s;
    }

    /** An agency-level submission passed on to the agency's own units as a call of its own. */
    public DataCall passDown(CurrentUser user, long submissionId, Collection<Long> unitIds, LocalDate deadline) {
        Submission s = submission(user, submissionId);
        if (s.getUnitId() != null || !DataCallAccess.writes(user, s) || !s.getStatus().editable()) {
            throw new ForbiddenException();
        }
        if (calls.findFirstByParentSubmissionId(submissionId).isPresent()) {
            throw DomainException.invalid("tracking.dataCall.error.alreadyPassed");
        }
        DataCall parent = calls.findById(s.getCallId()).orElseThrow();
        return create(s.getAgencyId(), new SendCommand(parent.getTitle(), parent.getTemplateCode(), deadline, unitIds,
                List.of()), parent.getDefinition(), parent.getTemplateCode(), user.displayName(), submissionId);
    }

    /** Merges the accepted answers of the passed-down call into the agency's answer and submits it. */
    public FormValidator.Result rollUp(CurrentUser user, long submissionId) {
        Submission s = submission(user, submissionId);
        if (!DataCallAccess.writes(user, s)) {
            throw new ForbiddenException();
        }
        DataCall child = calls.findFirstByParentSubmissionId(submissionId)
                .orElseThrow(() -> DomainException.invalid("tracking.dataCall.error.notPassed"));
        List<Answer> accepted = new ArrayList<>();
        for (Submission c : submissions.findByCallIdOrderByIdAsc(child.getId())) {
            if (c.getStatus() == SubmissionStatus.ACCEPTED) {
                accepted.add(read(c.getAnswer()));
            }
        }
        if (accepted.isEmpty()) {
            throw DomainException.invalid("tracking.dataCall.error.nothingAccepted");
        }
        return answer(user, submissionId, null, Answers.merge(form(child), accepted), true);
    }

    private Submission runnable(CurrentUser user, long submissionId) {
        Submission s = submission(user, submissionId);
        DataCall call = calls.findById(s.getCallId()).orElseThrow();
        if (!DataCallAccess.runs(user, call)) {
            throw new ForbiddenException();
        }
        return s;
    }

    /**
     * The submission, locked for the rest of the transaction (every caller changes it or passes it
     * down), so that parallel first answers or pass-downs of one recipient run one after the other
     * and the later ones see what the first did.
     */
    private Submission submission(CurrentUser user, long id) {
        Submission s = submissions.findLockedById(id).orElseThrow(() -> new NotFoundException("submission", id));
        DataCall call = calls.findById(s.getCallId()).orElseThrow();
        if (!DataCallAccess.sees(user, call, s)) {
            throw new NotFoundException("submission", id);
        }
        return s;
    }

    static FormDefinition form(DataCall call) {
        return JSON.readValue(call.getDefinition(), FormDefinition.class);
    }

    static Answer read(String json) {
        return json == null ? Answer.EMPTY : JSON.readValue(json, Answer.class);
    }
}
