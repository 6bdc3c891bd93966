-- Minutes are approved by a vote of a later meeting: the counts announced there are kept beside
-- the approval and shown with the public minutes. Null while the minutes are not approved.
alter table committee_meeting
    add column minutes_count_for     integer check (minutes_count_for >= 0),
    add column minutes_count_against integer check (minutes_count_against >= 0),
    add column minutes_count_abstain integer check (minutes_count_abstain >= 0);
