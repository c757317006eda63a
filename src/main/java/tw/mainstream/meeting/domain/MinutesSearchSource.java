package tw.mainstream.meeting.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.meeting.RemarkView;
import tw.mainstream.meeting.ResolutionView;
import tw.mainstream.search.DocumentKind;
import tw.mainstream.search.SearchDocument;
import tw.mainstream.search.SearchSource;
import tw.mainstream.search.SearchUpdate;
import tw.mainstream.shared.privacy.PublicNamePolicy;
import tw.mainstream.shared.privacy.PublicNamePolicyRepository;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Minutes in the search index, one document per meeting: the internal text for the agency, and
 * once published the masked public text for everyone. Any change to a meeting's parts re-indexes
 * the whole meeting (minutes are small; this keeps the rule simple); a change of the agency's
 * public-name policy re-indexes its published minutes, whose public text follows that policy.
 */
@Component
class MinutesSearchSource implements SearchSource {

    private static final CurrentUser INDEXER = new CurrentUser("search-indexer", "search-indexer", AccountRole.ADMIN,
            null, null, null, Set.of());
    private static final Set<Class<?>> PARTS = Set.of(Meeting.class, Minutes.class, AgendaItem.class, Remark.class,
            Resolution.class, FollowUpRow.class);

    private final MeetingRepository meetings;
    private final MinutesService minutes;
    private final AgendaItemRepository items;
    private final RemarkRepository remarks;
    private final ResolutionRepository resolutions;
    private final MinutesRepository minutesRepo;
    private final FollowUpRowRepository rows;
    private final PublicNamePolicyRepository policies;

    MinutesSearchSource(MeetingRepository meetings, MinutesService minutes, AgendaItemRepository items,
                        RemarkRepository remarks, ResolutionRepository resolutions, MinutesRepository minutesRepo,
                        FollowUpRowRepository rows, PublicNamePolicyRepository policies) {
        this.policies = policies;
        this.meetings = meetings;
        this.minutes = minutes;
        this.items = items;
        this.remarks = remarks;
        this.resolutions = resolutions;
        this.minutesRepo = minutesRepo;
        this.rows = rows;
    }

    @Override
    public boolean handles(Class<?> entityType) {
        return PARTS.contains(entityType) || entityType == PublicNamePolicy.class;
    }

    @Override
    public SearchUpdate update(Class<?> entityType, Object id, boolean deleted) {
        if (entityType == PublicNamePolicy.class) {
            return publishedOf(policies.findById((Long) id).map(PublicNamePolicy::getAgencyId).orElse(null));
        }
        Long meetingId = meetingOf(entityType, (Long) id);
        if (meetingId == null) {
            return SearchUpdate.NONE;
        }
        return meetings.findById(meetingId).map(m -> SearchUpdate.upsert(document(m)))
                .orElse(SearchUpdate.delete(documentId(meetingId)));
    }

    @Override
    public Stream<SearchDocument> all() {
        return meetings.findAll().stream().map(this::document);
    }

    @Override
    public long count() {
        return meetings.count();
    }

    /** The agency's public-name policy changed: its published minutes are public text again, masked anew. */
    private SearchUpdate publishedOf(Long agencyId) {
        if (agencyId == null) {
            return SearchUpdate.NONE;
        }
        return new SearchUpdate(meetings.findByAgencyIdOrderByMeetingDateDescIdDesc(agencyId).stream()
                .filter(m -> m.getStatus() == MeetingStatus.PUBLISHED).map(this::document).toList(), List.of());
    }

    private Long meetingOf(Class<?> type, Long id) {
        if (type == Meeting.class) {
            return id;
        }
        if (type == Minutes.class) {
            return minutesRepo.findById(id).map(Minutes::getMeetingId).orElse(null);
        }
        Long itemId = type == AgendaItem.class ? id
                : type == Remark.class ? remarks.findById(id).map(Remark::getAgendaItemId).orElse(null)
                : type == Resolution.class ? resolutions.findById(id).map(Resolution::getAgendaItemId).orElse(null)
                : rows.findById(id).map(FollowUpRow::getAgendaItemId).orElse(null);
        return itemId == null ? null : items.findById(itemId).map(AgendaItem::getMeetingId).orElse(null);
    }

    private static String documentId(Long meetingId) {
        return "minutes:" + meetingId;
    }

    private SearchDocument document(Meeting m) {
        MinutesView internal = minutes.internal(m.getId(), INDEXER);
        boolean published = m.getStatus() == MeetingStatus.PUBLISHED;
        MinutesView pub = published ? minutes.publicVersion(m.getId(), INDEXER) : null;
        return new SearchDocument(documentId(m.getId()), DocumentKind.MINUTES, m.getAgencyId(), m.getTaskForceId(),
                null, internal.meeting().rocYear(), m.getMeetingDate(), null, published, internal.title(),
                text(internal), pub == null ? null : pub.title(), pub == null ? null : text(pub),
                published ? "/public/meetings/" + m.getId() : "/meetings/" + m.getId() + "/minutes");
    }

    /** The minutes as plain text: headers, sections, items with explanation, remarks and resolutions. */
    static String text(MinutesView v) {
        StringBuilder sb = new StringBuilder();
        v.header().forEach(h -> append(sb, h.label() + " " + h.value()));
        for (SectionView s : v.sections()) {
            append(sb, s.heading());
            append(sb, s.text());
            for (ItemView i : s.items()) {
                append(sb, i.subject());
                append(sb, i.explanationText());
                i.table().forEach(r -> append(sb, String.join(" ", nonNull(r.content()), nonNull(r.progress()), nonNull(r.note()))));
                for (RemarkView r : i.remarks()) {
                    append(sb, r.speaker());
                    append(sb, r.text());
                }
                for (ResolutionView r : i.resolutions()) {
                    append(sb, r.text());
                }
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) {
            sb.append(s).append('\n');
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
