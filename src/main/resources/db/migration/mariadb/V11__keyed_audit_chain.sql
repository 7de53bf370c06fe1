-- The audit chain, keyed (HMAC-SM3) and sealed after the fact instead of under one row lock per write
-- (see the package documentation of sunshine.audit). Every entry gets the writer's MAC (entry_mac) when
-- written and its place in the chain (chain_seq), predecessor's digest (prev_hash) and chain digest (hash)
-- when the sealer reaches it. The entries written so far keep their unkeyed SM3 hashes in legacy_prev_hash
-- and legacy_hash; the first sealing round checks them by that rule, records the outcome in an
-- 'audit.rechained' entry and seals them into the keyed chain in their order. Entry numbers come from
-- audit_entry_seq from now on (V11_1 starts it after the last number used).
alter table audit_entry add column entry_mac varchar(64);
alter table audit_entry add column chain_seq bigint;
alter table audit_entry add column legacy_prev_hash varchar(64);
alter table audit_entry add column legacy_hash varchar(64);
update audit_entry set legacy_prev_hash = prev_hash, legacy_hash = hash;
alter table audit_entry modify column prev_hash varchar(64) null;
alter table audit_entry modify column hash varchar(64) null;
update audit_entry set prev_hash = null, hash = null;
create unique index audit_entry_chain_idx on audit_entry (chain_seq);

-- The head is now the last place sealed (only sealers lock it); the unkeyed chain's head is kept for
-- the one check of the entries written under it.
alter table audit_head add column legacy_last_seq bigint default 0 not null;
alter table audit_head add column legacy_last_hash varchar(64) default '0000000000000000000000000000000000000000000000000000000000000000' not null;
alter table audit_head add column sealed_at datetime(6);
update audit_head set legacy_last_seq = last_seq, legacy_last_hash = last_hash;
update audit_head set last_seq = 0, last_hash = '0000000000000000000000000000000000000000000000000000000000000000';
