-- A note per attendance row (遲到, 視訊出席); rows not yet taken read 未登記 instead of 缺席.
alter table meeting_attendance add column note varchar(300);
alter table meeting_attendance_aud add column note varchar(300);
