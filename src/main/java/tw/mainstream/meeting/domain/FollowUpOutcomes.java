package tw.mainstream.meeting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.MinutesConfirmed.FollowUpDecision;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.shared.domain.DomainException;

/**
 * The meeting's explicit outcome on every follow-up entry generated from a tracked item: an entry's
 * resolution of 解除列管 or 繼續列管, or a table row's 是否解列 (是 / 否; a row left blank under the
 * chair's ruling on the table stays 列管, as the Taipei table is kept). Confirming asks for them all
 * first: an undecided entry refuses the confirmation with its title, before anything changes.
 */
@Component
class FollowUpOutcomes {

    static final Set<ResolutionOutcome> DECISIONS = Set.of(ResolutionOutcome.CLOSED, ResolutionOutcome.CONTINUED);

    private final AgendaItemRepository items;
    private final ResolutionRepository resolutions;
    private final FollowUpRowRepository rows;

    FollowUpOutcomes(AgendaItemRepository items, ResolutionRepository resolutions, FollowUpRowRepository rows) {
        this.items = items;
        this.resolutions = resolutions;
        this.rows = rows;
    }

    /** Every decision of the meeting, in agenda order; refused while an entry has none. */
    List<FollowUpDecision> decisions(Meeting m) {
        List<AgendaItem> followUps = items.inAgendaOrder(m.getId()).stream()
                .filter(i -> i.getKind() == AgendaItemKind.FOLLOW_UP).toList();
        Map<Long, List<Resolution>> byItem = resolutions.findByAgendaItemIdInOrderByPositionAscIdAsc(
                followUps.stream().map(AgendaItem::getId).toList()).stream()
                .collect(Collectors.groupingBy(Resolution::getAgendaItemId));
        Map<Long, List<FollowUpRow>> rowsByItem = rows.findByAgendaItemIdInOrderByPositionAscIdAsc(
                followUps.stream().map(AgendaItem::getId).toList()).stream()
                .collect(Collectors.groupingBy(FollowUpRow::getAgendaItemId));
        List<FollowUpDecision> result = new ArrayList<>();
        for (AgendaItem item : followUps) {
            List<Resolution> said = byItem.getOrDefault(item.getId(), List.of());
            if (item.getTrackedItemId() != null) {
                Resolution decision = decisionOf(said);
                if (decision == null) {
                    throw undecided(FollowUpTitles.shortened(item.getSubject()));
                }
                boolean close = decision.getOutcome() == ResolutionOutcome.CLOSED;
                result.add(new FollowUpDecision(item.getTrackedItemId(), item.getId(), close,
                        close ? decision.getText() : null, close ? null : decision.getText()));
            }
            for (FollowUpRow row : rowsByItem.getOrDefault(item.getId(), List.of())) {
                if (row.getTrackedItemId() == null) {
                    continue;
                }
                if (row.getClosed() == null && said.isEmpty()) {
                    throw undecided(FollowUpTitles.of(null, null, row.getContent()));
                }
                result.add(new FollowUpDecision(row.getTrackedItemId(), item.getId(),
                        Boolean.TRUE.equals(row.getClosed()), row.getNote(), null));
            }
        }
        return result;
    }

    /** The entry's latest 解除列管 / 繼續列管 resolution, if any. */
    static Resolution decisionOf(List<Resolution> said) {
        return said.stream().filter(r -> DECISIONS.contains(r.getOutcome())).reduce((a, b) -> b).orElse(null);
    }

    private static DomainException undecided(String title) {
        return DomainException.invalid("meeting.error.followUpUndecided", Objects.requireNonNullElse(title, ""));
    }
}
