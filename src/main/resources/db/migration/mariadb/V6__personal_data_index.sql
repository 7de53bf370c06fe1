-- Personal data is stored SM4-encrypted (see sunshine.shared.PersonalDataCipher), so equality on an
-- identity number needs its HMAC-SM3 blind index: the petition's, for the three-level finality
-- check (三级终结) that refuses a matter already closed by 复核.
alter table petition add column id_number_index varchar(64);
create index petition_id_number_index_idx on petition (id_number_index);
