-- Work lists at national scale (issue 13: 10,000,000 petitions, 1,000,000 catalogue items).
-- The petition work queue and the overdue list read petitions of the scope's agencies in given states by
-- deadline, the newest first among equal deadlines (PetitionQueries.queue, .overdue): this index gives that order within each agency and
-- state, so a page of 100 reads about 100 index entries instead of sorting every open petition.
create index petition_work_idx on petition (agency_id, status, due_on, id desc);
-- The public catalogue, newest first (DisclosureQueries.catalogue): published items by date then id.
create index disclosure_item_published_idx on disclosure_item (status, published_on, id);
