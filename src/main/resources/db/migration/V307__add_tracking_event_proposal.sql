-- A submitted report's proposal (建議解除列管 / 建議繼續列管) gets its own column instead of a
-- "PROPOSE_CLOSE|text" prefix in the event's text; existing rows are split.
alter table tracking_event add column proposal varchar(30);
update tracking_event set proposal = 'PROPOSE_CLOSE', text = substring(text, 15)
    where kind = 'REPORT_SUBMITTED' and substring(text, 1, 14) = 'PROPOSE_CLOSE|';
update tracking_event set proposal = 'PROPOSE_CONTINUE', text = substring(text, 18)
    where kind = 'REPORT_SUBMITTED' and substring(text, 1, 17) = 'PROPOSE_CONTINUE|';
