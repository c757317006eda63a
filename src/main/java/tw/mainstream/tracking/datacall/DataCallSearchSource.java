package tw.mainstream.tracking.datacall;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.search.DocumentKind;
import tw.mainstream.search.SearchDocument;
import tw.mainstream.search.SearchSource;
import tw.mainstream.search.SearchUpdate;
import tw.mainstream.shared.ClockConfig;
import tw.mainstream.shared.time.RocDates;

/**
 * Data call answers in the search index, one document per submission that has an answer: the
 * field values as text, titled with the call and the answering unit. The document belongs to the
 * calling agency (whose readers see every answer) and to the answering unit (whose liaison sees
 * only theirs). An answer of a sub-agency as a whole has no unit: liaisons never find it, as on the
 * pages; the answering sub-agency's secretariat finds it on its data call pages only.
 */
@Component
class DataCallSearchSource implements SearchSource {

    private final SubmissionRepository submissions;
    private final DataCallRepository calls;
    private final CommitteeApi committee;

    DataCallSearchSource(SubmissionRepository submissions, DataCallRepository calls, CommitteeApi committee) {
        this.submissions = submissions;
        this.calls = calls;
        this.committee = committee;
    }

    @Override
    public boolean handles(Class<?> entityType) {
        return entityType == Submission.class || entityType == DataCall.class;
    }

    @Override
    public SearchUpdate update(Class<?> entityType, Object id, boolean deleted) {
        long key = (Long) id;
        Names names = new Names();
        if (entityType == DataCall.class) {
            return calls.findById(key).map(call -> new SearchUpdate(submissions.findByCallIdOrderByIdAsc(key).stream()
                    .filter(s -> s.getAnswer() != null).map(s -> document(s, call, names)).toList(), List.of()))
                    .orElse(SearchUpdate.NONE);
        }
        return submissions.findById(key).filter(s -> s.getAnswer() != null)
                .flatMap(s -> calls.findById(s.getCallId()).map(call -> SearchUpdate.upsert(document(s, call, names))))
                .orElse(SearchUpdate.delete(documentId(key)));
    }

    @Override
    public Stream<SearchDocument> all() {
        Map<Long, DataCall> byId = calls.findAll().stream().collect(Collectors.toMap(DataCall::getId, Function.identity()));
        Names names = new Names();
        return submissions.findByAnswerIsNotNullOrderByIdAsc().stream()
                .filter(s -> byId.containsKey(s.getCallId()))
                .map(s -> document(s, byId.get(s.getCallId()), names));
    }

    @Override
    public long count() {
        return submissions.countByAnswerIsNotNull();
    }

    static String documentId(long submissionId) {
        return "data-call-answer:" + submissionId;
    }

    private SearchDocument document(Submission s, DataCall call, Names names) {
        String recipient = s.getUnitId() != null ? names.unit(s.getAgencyId(), s.getUnitId()) : names.agency(s.getAgencyId());
        Instant at = s.getSubmittedAt() != null ? s.getSubmittedAt() : s.getUpdatedAt();
        LocalDate date = at == null ? call.getDeadline() : at.atZone(ClockConfig.TAIPEI).toLocalDate();
        return new SearchDocument(documentId(s.getId()), DocumentKind.DATA_CALL_ANSWER, call.getAgencyId(), null,
                s.getUnitId(), RocDates.rocYear(date), date, null, false, call.getTitle() + "－" + recipient,
                text(DataCallService.form(call), DataCallService.read(s.getAnswer())), null, null,
                "/data-calls/submissions/" + s.getId());
    }

    /** The answer as text: each field's label and value, and each table row's values by column. */
    static String text(FormDefinition form, Answer answer) {
        StringBuilder sb = new StringBuilder();
        for (FormDefinition.Field f : form.fields()) {
            if (f.type() == FieldType.TABLE) {
                for (Map<String, String> row : answer.tables().getOrDefault(f.key(), List.of())) {
                    String line = f.columns().stream().map(c -> row.get(c.key())).filter(v -> v != null && !v.isBlank())
                            .collect(Collectors.joining(" "));
                    if (!line.isBlank()) {
                        sb.append(f.label()).append('：').append(line).append('\n');
                    }
                }
            } else {
                String value = answer.scalars().get(f.key());
                if (value != null && !value.isBlank()) {
                    sb.append(f.label()).append('：').append(value).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** Unit and agency names, each agency's units read once. */
    private final class Names {
        private final Map<Long, Map<Long, String>> units = new HashMap<>();
        private final Map<Long, String> agencies = new HashMap<>();

        String unit(Long agencyId, Long unitId) {
            return units.computeIfAbsent(agencyId, a -> committee.units(a).stream()
                    .collect(Collectors.toMap(UnitView::id, UnitView::name, (x, y) -> x))).getOrDefault(unitId, "");
        }

        String agency(Long agencyId) {
            return agencies.computeIfAbsent(agencyId, a -> committee.agency(a).map(AgencyView::name).orElse(""));
        }
    }
}
