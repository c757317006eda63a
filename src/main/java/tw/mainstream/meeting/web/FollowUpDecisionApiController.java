package tw.mainstream.meeting.web;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.meeting.domain.MinutesContentService;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/**
 * The meeting's outcome on its follow-up entries (解除列管 / 繼續列管), as on the minutes editor: an
 * entry's decision, or a table row's 是否解列. Confirming the minutes applies them to the tracked items.
 */
@RestController
@RequestMapping("/api/v1/meetings/{id}")
class FollowUpDecisionApiController {

    private final MeetingApi api;
    private final MinutesContentService content;

    FollowUpDecisionApiController(MeetingApi api, MinutesContentService content) {
        this.api = api;
        this.content = content;
    }

    /** {@code outcome}: CLOSED or CONTINUED; {@code text}: the meeting's words, if any. */
    record DecisionRequest(ResolutionOutcome outcome, String text) {
    }

    /** {@code closed}: true 解除列管, false 繼續列管; {@code version} as read. */
    record RowDecisionRequest(Boolean closed, long version) {
    }

    @PutMapping("/agenda-items/{itemId}/decision")
    ItemView decide(@PathVariable Long id, @PathVariable Long itemId, @RequestBody DecisionRequest body,
                    CurrentUser user) {
        content.decideFollowUp(id, itemId, body.outcome(), body.text(), user);
        return item(id, itemId, user);
    }

    @PutMapping("/follow-up-rows/{rowId}/decision")
    ItemView decideRow(@PathVariable Long id, @PathVariable Long rowId, @RequestBody RowDecisionRequest body,
                       CurrentUser user) {
        Long itemId = content.decideRow(id, rowId, body.version(), body.closed(), user).getAgendaItemId();
        return item(id, itemId, user);
    }

    private ItemView item(Long id, Long itemId, CurrentUser user) {
        return api.agenda(id, user).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException("agendaItem", itemId));
    }
}
