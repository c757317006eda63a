package tw.mainstream.tracking.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.shared.ClockConfig;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Reads tracked items and progress reports for the search index straight from SQL, in batches by
 * id, with each batch's supporting units, decisions and remarks loaded in one query apiece: a
 * rebuild over 100,000 items and 500,000 reports neither fills the persistence context nor asks
 * once per record. Unit names and agenda item subjects are looked up once per {@link Lookups}.
 */
@Component
class TrackingSearchRows {

    static final int BATCH = 1_000;
    private static final CurrentUser INDEXER = new CurrentUser("search-indexer", "search-indexer", AccountRole.ADMIN,
            null, null, null, Set.of());

    private static final String ITEM_COLUMNS = "select i.id, i.agency_id, i.task_force_id, i.content, i.lead_unit_id,"
            + " i.origin_meeting_id, i.origin_agenda_item_id, i.origin_label, i.origin_date, i.remarks, i.status,"
            + " i.opened_at from tracking_item i ";
    private static final String REPORT_COLUMNS = "select r.id, r.agency_id, r.item_id, r.unit_id, r.text,"
            + " r.secretariat_comment, r.submitted_on, r.updated_at, i.task_force_id, i.content, i.lead_unit_id,"
            + " i.status from tracking_report r join tracking_item i on i.id = r.item_id ";

    private final NamedParameterJdbcTemplate jdbc;
    private final CommitteeApi committee;
    private final MeetingApi meetings;

    TrackingSearchRows(NamedParameterJdbcTemplate jdbc, CommitteeApi committee, MeetingApi meetings) {
        this.jdbc = jdbc;
        this.committee = committee;
        this.meetings = meetings;
    }

    /** An item with what its document needs besides the item's own columns. */
    record ItemRow(long id, long agencyId, Long taskForceId, String content, Long leadUnitId, Set<Long> supportingUnitIds,
                   Long originMeetingId, Long originAgendaItemId, String originLabel, LocalDate originDate,
                   String remarks, ItemStatus status, LocalDate openedOn, List<String> decisions,
                   List<String> remarkEvents) {
    }

    /** A report with the columns of its item that its document needs. */
    record ReportRow(long id, long agencyId, long itemId, Long unitId, String text, String secretariatComment,
                     LocalDate submittedOn, LocalDate updatedOn, Long taskForceId, String itemContent, Long leadUnitId,
                     Set<Long> supportingUnitIds, ItemStatus itemStatus) {
    }

    /** Unit names by agency and agenda item subjects by meeting, each read once per rebuild or update. */
    final class Lookups {
        private final Map<Long, Map<Long, String>> unitNames = new HashMap<>();
        private final Map<Long, Map<Long, String>> subjects = new HashMap<>();

        String unit(long agencyId, Long unitId) {
            if (unitId == null) {
                return "";
            }
            return unitNames.computeIfAbsent(agencyId, a -> committee.units(a).stream()
                    .collect(Collectors.toMap(UnitView::id, UnitView::name, (x, y) -> x))).getOrDefault(unitId, "");
        }

        String agendaSubject(Long meetingId, Long agendaItemId) {
            if (meetingId == null || agendaItemId == null) {
                return "";
            }
            return subjects.computeIfAbsent(meetingId, m -> {
                try {
                    return meetings.agenda(m, INDEXER).stream().filter(i -> i.subject() != null)
                            .collect(Collectors.toMap(ItemView::id, ItemView::subject, (x, y) -> x));
                } catch (RuntimeException e) {
                    return Map.of();
                }
            }).getOrDefault(agendaItemId, "");
        }
    }

    Lookups lookups() {
        return new Lookups();
    }

    List<ItemRow> items(long afterId, int limit) {
        return items("where i.id > :after order by i.id limit :limit",
                new MapSqlParameterSource("after", afterId).addValue("limit", limit));
    }

    List<ItemRow> item(long id) {
        return items("where i.id = :id", new MapSqlParameterSource("id", id));
    }

    List<ReportRow> reports(long afterId, int limit) {
        return reports("where r.id > :after order by r.id limit :limit",
                new MapSqlParameterSource("after", afterId).addValue("limit", limit));
    }

    List<ReportRow> report(long id) {
        return reports("where r.id = :id", new MapSqlParameterSource("id", id));
    }

    List<ReportRow> reportsOfItem(long itemId) {
        return reports("where r.item_id = :item order by r.id", new MapSqlParameterSource("item", itemId));
    }

    long countItems() {
        return jdbc.getJdbcTemplate().queryForObject("select count(*) from tracking_item", Long.class);
    }

    long countReports() {
        return jdbc.getJdbcTemplate().queryForObject("select count(*) from tracking_report", Long.class);
    }

    Long itemOfDecision(long decisionId) {
        return single("select item_id from tracking_decision where id = :id", decisionId);
    }

    Long itemOfRemark(long eventId) {
        return single("select item_id from tracking_event where id = :id and kind = 'REMARK'", eventId);
    }

    private Long single(String sql, long id) {
        List<Long> ids = jdbc.queryForList(sql, new MapSqlParameterSource("id", id), Long.class);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private List<ItemRow> items(String where, MapSqlParameterSource params) {
        List<ItemRow> bare = jdbc.query(ITEM_COLUMNS + where, params, (rs, n) -> new ItemRow(rs.getLong("id"),
                rs.getLong("agency_id"), rs.getObject("task_force_id", Long.class), rs.getString("content"),
                rs.getObject("lead_unit_id", Long.class), Set.of(), rs.getObject("origin_meeting_id", Long.class),
                rs.getObject("origin_agenda_item_id", Long.class), rs.getString("origin_label"),
                rs.getObject("origin_date", LocalDate.class), rs.getString("remarks"),
                ItemStatus.valueOf(rs.getString("status")), day(rs.getObject("opened_at", OffsetDateTime.class)),
                List.of(), List.of()));
        if (bare.isEmpty()) {
            return bare;
        }
        List<Long> ids = bare.stream().map(ItemRow::id).toList();
        Map<Long, Set<Long>> supporting = supportingUnits(ids);
        Map<Long, List<String>> decisions = new HashMap<>();
        jdbc.query("select item_id, meeting_date, meeting_label, kind, remarks, new_instructions from tracking_decision"
                + " where item_id in (:ids) order by meeting_date, id", new MapSqlParameterSource("ids", ids), rs -> {
                    decisions.computeIfAbsent(rs.getLong("item_id"), k -> new ArrayList<>()).add(String.join(" ",
                            nonNull(rs.getString("meeting_label")),
                            "CLOSE".equals(rs.getString("kind")) ? "解除列管" : "繼續列管",
                            nonNull(rs.getString("remarks")), nonNull(rs.getString("new_instructions"))).strip());
                });
        Map<Long, List<String>> remarks = new HashMap<>();
        jdbc.query("select item_id, text from tracking_event where item_id in (:ids) and kind = 'REMARK'"
                + " order by occurred_on, id", new MapSqlParameterSource("ids", ids), rs -> {
                    remarks.computeIfAbsent(rs.getLong("item_id"), k -> new ArrayList<>()).add(nonNull(rs.getString("text")));
                });
        return bare.stream().map(i -> new ItemRow(i.id(), i.agencyId(), i.taskForceId(), i.content(), i.leadUnitId(),
                supporting.getOrDefault(i.id(), Set.of()), i.originMeetingId(), i.originAgendaItemId(), i.originLabel(),
                i.originDate(), i.remarks(), i.status(), i.openedOn(), decisions.getOrDefault(i.id(), List.of()),
                remarks.getOrDefault(i.id(), List.of()))).toList();
    }

    private List<ReportRow> reports(String where, MapSqlParameterSource params) {
        List<ReportRow> bare = jdbc.query(REPORT_COLUMNS + where, params, (rs, n) -> new ReportRow(rs.getLong("id"),
                rs.getLong("agency_id"), rs.getLong("item_id"), rs.getObject("unit_id", Long.class), rs.getString("text"),
                rs.getString("secretariat_comment"), rs.getObject("submitted_on", LocalDate.class),
                day(rs.getObject("updated_at", OffsetDateTime.class)), rs.getObject("task_force_id", Long.class),
                rs.getString("content"), rs.getObject("lead_unit_id", Long.class), Set.of(),
                ItemStatus.valueOf(rs.getString("status"))));
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, Set<Long>> supporting = supportingUnits(bare.stream().map(ReportRow::itemId).distinct().toList());
        return bare.stream().map(r -> new ReportRow(r.id(), r.agencyId(), r.itemId(), r.unitId(), r.text(),
                r.secretariatComment(), r.submittedOn(), r.updatedOn(), r.taskForceId(), r.itemContent(),
                r.leadUnitId(), supporting.getOrDefault(r.itemId(), Set.of()), r.itemStatus())).toList();
    }

    private Map<Long, Set<Long>> supportingUnits(Collection<Long> itemIds) {
        Map<Long, Set<Long>> result = new HashMap<>();
        jdbc.query("select item_id, unit_id from tracking_item_unit where item_id in (:ids) order by item_id, unit_id",
                new MapSqlParameterSource("ids", itemIds), rs -> {
                    result.computeIfAbsent(rs.getLong("item_id"), k -> new LinkedHashSet<>()).add(rs.getLong("unit_id"));
                });
        return result;
    }

    /**
     * Every row, read {@code BATCH} at a time by ascending id: the next batch is read only when the
     * consumer reaches it, and each batch becomes documents in one go.
     */
    static <R, D> Stream<D> inBatches(LongFunction<List<R>> after, Function<R, Long> idOf,
                                      Function<List<R>, List<D>> documents) {
        return Stream.iterate(after.apply(0L), batch -> !batch.isEmpty(),
                        batch -> batch.size() < BATCH ? List.of() : after.apply(idOf.apply(batch.get(batch.size() - 1))))
                .flatMap(batch -> documents.apply(batch).stream());
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(ClockConfig.TAIPEI).toLocalDate();
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
