package tw.mainstream.meeting.domain;

import tw.mainstream.meeting.AgendaItemKind;

/** What the agenda editor sends for one item. */
public record ItemDraft(AgendaItemKind kind, String subject, String explanation, Long unitId, String unitLabel,
                        Integer coveredCount, String groupLabel) {
}
