-- 门户访问统计: page views of the public portal counted on the server, per month, column and item.
-- No cookie, no address, no user agent is stored: a row is only a count. Each node counts in memory
-- and adds its counts here in batches (update … set views = views + n), so two nodes add up.
--   column_code  the disclosure column of the page (its code), or a portal section written with
--                a leading '@' (@home, @disclosure, @catalogue, @search, @requests, @petitions,
--                @board, @reports, @open-data)
--   item_id      the information item of an item page, 0 for any other page
--   agency_id    the item's agency; for any other page the agency at the top of the tree (the portal's host)
create table portal_page_view (
    view_year   integer     not null,
    view_month  integer     not null,
    column_code varchar(64) not null,
    item_id     bigint      not null,
    agency_id   bigint      not null references agency (id),
    views       bigint      not null,
    primary key (view_year, view_month, column_code, item_id)
);
create index portal_page_view_agency_idx on portal_page_view (agency_id, view_year, view_month);

-- report_portal_page_views: the page views of each agency's pages and of the agencies below it
-- (region → city → county: three levels), per month. The agency at the top therefore has the
-- views of the whole portal. Read by reporting for the live figure 门户.月均访问量.
create view report_portal_page_views as
select p.ancestor_id as agency_id, v.view_year, v.view_month, sum(v.views) as views
from (select id as ancestor_id, id as descendant_id from agency
      union all
      select parent_id as ancestor_id, id as descendant_id from agency where parent_id is not null
      union all
      select g.parent_id as ancestor_id, c.id as descendant_id
      from agency c join agency g on g.id = c.parent_id where g.parent_id is not null) p
join portal_page_view v on v.agency_id = p.descendant_id
group by p.ancestor_id, v.view_year, v.view_month;
