-- A follow-up entry (an agenda item, or a row of the Taipei table) is generated from one tracked
-- item of the tracking module and keeps its id: the meeting's decision on the entry goes to that item.
alter table meeting_agenda_item add column tracked_item_id bigint;
alter table meeting_agenda_item_aud add column tracked_item_id bigint;
alter table meeting_follow_up_row add column tracked_item_id bigint;
alter table meeting_follow_up_row_aud add column tracked_item_id bigint;
create index ix_meeting_item_tracked on meeting_agenda_item (tracked_item_id);
