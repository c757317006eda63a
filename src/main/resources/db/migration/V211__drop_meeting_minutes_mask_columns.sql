-- The per-minutes masking flags are no longer read: the agency's public-name policy (V110) decides
-- every public name. Dropped from the minutes and from their history (one column per statement, for
-- H2 and PostgreSQL alike).
alter table meeting_minutes drop column mask_members;
alter table meeting_minutes drop column mask_staff;
alter table meeting_minutes drop column mask_private;
alter table meeting_minutes drop column mask_style;
alter table meeting_minutes_aud drop column mask_members;
alter table meeting_minutes_aud drop column mask_staff;
alter table meeting_minutes_aud drop column mask_private;
alter table meeting_minutes_aud drop column mask_style;
