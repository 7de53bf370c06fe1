-- Staff queues find a citizen's petitions and applications by phone number or identity number without
-- decrypting anything: the phone's HMAC-SM3 blind index (PersonalDataCipher.phoneIndex, digits only) beside
-- the identity number's. V14.1 and V14.2 (Java migrations) fill them for the rows already stored.
alter table petition add column phone_index varchar(64);
create index petition_phone_index_idx on petition (phone_index);
alter table disclosure_request add column phone_index varchar(64);
create index disclosure_request_phone_index_idx on disclosure_request (phone_index);
