-- ROPS revokes a mark only with a reason, which the board and the PES read beside the licence
-- (never the public pages). Licences revoked before this migration keep theirs in the audit trail.
alter table catalogue_mark_licence add column revocation_reason text;
