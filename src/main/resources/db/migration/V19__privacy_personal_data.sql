-- A person's data is found by e-mail address in every module (privacy.PersonalData), compared
-- without regard to case: one index per table that keeps addresses, so a request answers at
-- once however many registrations the region has collected.
create index event_registration_email on event_registration (lower(email));
create index contact_person_email on contact_person (lower(email));
create index user_account_email on user_account (lower(trim(email)));
create index organisation_email on organisation (lower(email));
