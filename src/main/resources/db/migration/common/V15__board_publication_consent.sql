-- 是否公开: the citizen chooses on the form whether the message and the reply may be published on the
-- message board. Replies published before the choice existed had no consent: they leave the board.
alter table petition add column publication_consent boolean default false not null;
alter table petition add column public_title varchar(200);
alter table petition add column public_content varchar(100000);
update petition set published = false, public_reply = null where published = true;

-- The public board reads the published exchanges newest first.
create index petition_board_idx on petition (published, answered_on, id);
