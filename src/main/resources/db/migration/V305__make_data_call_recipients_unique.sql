-- One answer per data-call recipient, also for a sub-agency (unit null): the old unique constraint
-- (call_id, agency_id, unit_id) let NULL units repeat (NULL is distinct from NULL on H2 and
-- PostgreSQL), so the recipient gets a key that is never NULL (0 for the agency as a whole).
-- A submission is passed down at most once: NULL parents (calls sent directly) stay free to repeat.
alter table tracking_submission add column unit_key bigint default 0 not null;
update tracking_submission set unit_key = coalesce(unit_id, 0);
alter table tracking_submission drop constraint uk_tracking_submission;
alter table tracking_submission add constraint uk_tracking_submission_recipient unique (call_id, agency_id, unit_key);
drop index ix_tracking_data_call_parent;
create unique index ux_tracking_data_call_parent on tracking_data_call (parent_submission_id);
