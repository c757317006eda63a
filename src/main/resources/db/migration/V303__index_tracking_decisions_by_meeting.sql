-- The follow-up table looks up the decisions an agency's meeting took on a given date.
create index ix_tracking_decision_agency_date on tracking_decision (agency_id, meeting_date);
