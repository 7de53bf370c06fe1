-- MariaDB/MySQL form of common/V21. 重复信访: the same person raising the same matter again, by any channel, is merged into the matter's first
-- petition (repeat_of, with its tracking code for the citizen's page). A repeat keeps its own submission and
-- tracking code, is answered by the main petition's one reply, and counts as a repeat, not as a new matter.
alter table petition add column repeat_of bigint;
alter table petition add column repeat_of_code varchar(32);
alter table petition add column merged_at datetime(6);
alter table petition add column merged_by varchar(64);
alter table petition add constraint petition_repeat_of_fk foreign key (repeat_of) references petition (id);
create index petition_repeat_of_idx on petition (repeat_of);

-- The published views say which rows are repeats: report_petitions_items gains repeat_of (null for a matter of
-- its own), report_petitions_monthly counts matters only and the repeats apart (批次/件: a repeat is not a new 件).
drop view report_petitions_monthly;
drop view report_petitions_items;

create view report_petitions_items as
select p.id as petition_id, p.agency_id, a.code as agency_code, a.parent_id as parent_agency_id,
       p.channel, case when p.channel in ('ONLINE_COMPLAINT', 'MESSAGE_BOARD', 'MOBILE') then 1 else 0 end as online,
       p.category_code, p.review_level, p.status, p.received_on, p.accepted_on, p.unit_id, p.unit_name,
       p.answered_on, p.answered_on_time, p.rating, p.visitors,
       case when p.channel = 'VISIT' and p.visitors >= 5 then 1 else 0 end as group_visit,
       p.repeat_of
from petition p join agency a on a.id = p.agency_id;

create view report_petitions_monthly as
select p.agency_id, a.code as agency_code,
       extract(year from p.received_on) as received_year, extract(month from p.received_on) as received_month,
       p.channel,
       sum(case when p.repeat_of is null then 1 else 0 end) as received,
       sum(case when p.repeat_of is null and p.answered_on is not null then 1 else 0 end) as answered,
       sum(case when p.repeat_of is null and p.answered_on_time = true then 1 else 0 end) as answered_on_time,
       sum(case when p.repeat_of is null and p.rating is not null then 1 else 0 end) as rated,
       sum(case when p.repeat_of is null and p.rating in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) as satisfied,
       sum(case when p.repeat_of is not null then 1 else 0 end) as repeats
from petition p join agency a on a.id = p.agency_id
group by p.agency_id, a.code, extract(year from p.received_on), extract(month from p.received_on), p.channel;
