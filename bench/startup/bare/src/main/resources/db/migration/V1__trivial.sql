-- One trivial migration so Flyway connects, creates its history table and migrates at start, as the portal's does.
create table bench_item (id bigint primary key, name varchar(100) not null);
