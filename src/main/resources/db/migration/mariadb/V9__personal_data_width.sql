-- Encrypted personal data wide enough for what the forms allow. An address may have 200 characters;
-- in Chinese that is 600 bytes of UTF-8, which SM4-GCM (IV and tag) and base64 turn into 847
-- characters ("sm4:v1:" included) — more than varchar(512) holds. An e-mail address may have 254
-- characters (RFC 5321), at most 1 063 once encrypted. 1200 holds both.
alter table petition modify address varchar(1200);
alter table disclosure_request modify address varchar(1200);
alter table disclosure_request modify email varchar(1200);
