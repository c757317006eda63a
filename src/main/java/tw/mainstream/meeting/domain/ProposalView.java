package tw.mainstream.meeting.domain;

import tw.mainstream.meeting.AgendaItemKind;

import java.util.List;

/** A unit's proposal for the agenda. */
public record ProposalView(Long id, Long unitId, String unitName, AgendaItemKind kind, String subject, String explanation, String submittedBy, java.time.Instant submittedAt, ProposalStatus status) {
}
