-- Uploaded files when mainstream.files.store=database (a cluster without a shared folder)
create table stored_file (
    file_key varchar(300) not null,
    content bytea not null,
    size_bytes bigint not null,
    created_at timestamp with time zone not null,
    constraint stored_file_pk primary key (file_key)
);
