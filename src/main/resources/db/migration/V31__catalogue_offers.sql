-- The catalogue of products and services of PES: a two-level category dictionary, offers with the
-- areas they serve, their review history, photos, buyers' inquiries, daily view counts and the
-- licences of the "Zakup Prospołeczny" mark.
create table catalogue_category (
    code         varchar(40)  primary key,
    parent_code  varchar(40)  references catalogue_category,
    name_pl      varchar(120) not null,
    name_en      varchar(120) not null,
    position     int          not null
);
create index catalogue_category_parent on catalogue_category (parent_code);

insert into catalogue_category (code, parent_code, name_pl, name_en, position) values
    ('CATERING', null, 'Gastronomia i catering', 'Catering', 1),
    ('CLEANING', null, 'Sprzątanie', 'Cleaning', 2),
    ('CONSTRUCTION', null, 'Budownictwo i remonty', 'Construction and renovation', 3),
    ('GREEN', null, 'Tereny zielone', 'Green areas', 4),
    ('CARE', null, 'Usługi opiekuńcze', 'Care services', 5),
    ('CRAFTS', null, 'Rękodzieło i upominki', 'Crafts and gifts', 6),
    ('PRINTING', null, 'Poligrafia', 'Printing', 7),
    ('EDUCATION', null, 'Edukacja i szkolenia', 'Education and training', 8),
    ('TOURISM', null, 'Turystyka', 'Tourism', 9),
    ('OTHER', null, 'Inne', 'Other', 10);

insert into catalogue_category (code, parent_code, name_pl, name_en, position) values
    ('CATERING_EVENTS', 'CATERING', 'Catering na spotkania i konferencje', 'Catering for meetings and conferences', 1),
    ('CATERING_MEALS', 'CATERING', 'Posiłki dla szkół i instytucji', 'Meals for schools and institutions', 2),
    ('CATERING_BAKERY', 'CATERING', 'Wypieki i przetwory', 'Bakery and preserves', 3),
    ('CATERING_RESTAURANT', 'CATERING', 'Restauracje i kawiarnie', 'Restaurants and cafés', 4),
    ('CLEANING_OFFICES', 'CLEANING', 'Sprzątanie biur i budynków', 'Office and building cleaning', 1),
    ('CLEANING_HOMES', 'CLEANING', 'Sprzątanie domów', 'Home cleaning', 2),
    ('CLEANING_WINDOWS', 'CLEANING', 'Mycie okien i elewacji', 'Window and facade cleaning', 3),
    ('CLEANING_LAUNDRY', 'CLEANING', 'Pralnia', 'Laundry', 4),
    ('CONSTRUCTION_FINISHING', 'CONSTRUCTION', 'Prace wykończeniowe', 'Finishing works', 1),
    ('CONSTRUCTION_REPAIRS', 'CONSTRUCTION', 'Drobne naprawy i konserwacja', 'Small repairs and maintenance', 2),
    ('CONSTRUCTION_CARPENTRY', 'CONSTRUCTION', 'Stolarka', 'Carpentry', 3),
    ('GREEN_MAINTENANCE', 'GREEN', 'Utrzymanie zieleni', 'Green area maintenance', 1),
    ('GREEN_PLANTING', 'GREEN', 'Nasadzenia i ogrody', 'Planting and gardens', 2),
    ('GREEN_WINTER', 'GREEN', 'Odśnieżanie', 'Snow clearing', 3),
    ('CARE_ELDERLY', 'CARE', 'Opieka nad osobami starszymi', 'Care for the elderly', 1),
    ('CARE_DISABLED', 'CARE', 'Asystencja osób z niepełnosprawnościami', 'Assistance for persons with disabilities', 2),
    ('CARE_CHILDREN', 'CARE', 'Opieka nad dziećmi', 'Childcare', 3),
    ('CRAFTS_GIFTS', 'CRAFTS', 'Upominki i gadżety', 'Gifts and promotional items', 1),
    ('CRAFTS_TEXTILES', 'CRAFTS', 'Tekstylia i szycie', 'Textiles and sewing', 2),
    ('CRAFTS_CERAMICS', 'CRAFTS', 'Ceramika i wyroby artystyczne', 'Ceramics and art', 3),
    ('CRAFTS_FOOD', 'CRAFTS', 'Produkty regionalne', 'Regional products', 4),
    ('PRINTING_OFFSET', 'PRINTING', 'Druk cyfrowy i offsetowy', 'Digital and offset printing', 1),
    ('PRINTING_BINDING', 'PRINTING', 'Introligatornia', 'Bookbinding', 2),
    ('PRINTING_DESIGN', 'PRINTING', 'Projektowanie graficzne', 'Graphic design', 3),
    ('EDUCATION_WORKSHOPS', 'EDUCATION', 'Warsztaty', 'Workshops', 1),
    ('EDUCATION_COURSES', 'EDUCATION', 'Kursy zawodowe', 'Vocational courses', 2),
    ('EDUCATION_CHILDREN', 'EDUCATION', 'Zajęcia dla dzieci i młodzieży', 'Classes for children and young people', 3),
    ('TOURISM_ACCOMMODATION', 'TOURISM', 'Noclegi', 'Accommodation', 1),
    ('TOURISM_TRIPS', 'TOURISM', 'Wycieczki i przewodnictwo', 'Trips and guiding', 2),
    ('TOURISM_EVENTS', 'TOURISM', 'Organizacja wydarzeń', 'Event organisation', 3),
    ('OTHER_TRANSPORT', 'OTHER', 'Transport i przeprowadzki', 'Transport and removals', 1),
    ('OTHER_ADMIN', 'OTHER', 'Usługi biurowe i administracyjne', 'Office and administrative services', 2),
    ('OTHER_MISC', 'OTHER', 'Pozostałe', 'Miscellaneous', 3);

-- The organisation's facts the public search filters and ranks by are copied onto the offer on
-- every write and when the register says the organisation changed, so that the search needs no
-- other module's table.
create table catalogue_offer (
    id                         bigint generated always as identity primary key,
    organisation_id            bigint         not null,
    organisation_name          varchar(500)   not null,
    organisation_kind          varchar(40)    not null,
    organisation_town          varchar(200),
    organisation_gmina_teryt   varchar(7),
    organisation_powiat_teryt  varchar(4),
    organisation_active        boolean        not null default true,
    social_enterprise_since    date,
    social_enterprise_until    date,
    kind                       varchar(20)    not null,
    name                       varchar(200)   not null,
    category_code              varchar(40)    not null references catalogue_category,
    top_category_code          varchar(40)    not null references catalogue_category,
    cpv_code                   varchar(10),
    description                varchar(5000)  not null default '',
    price_amount               numeric(12, 2) check (price_amount >= 0),
    price_unit                 varchar(100),
    price_on_request           boolean        not null default false,
    minimum_order              varchar(200),
    area_scope                 varchar(20)    not null,
    lead_time                  varchar(200),
    contact_route              varchar(500),
    contact_email              varchar(254),
    contact_phone              varchar(40),
    contact_website            varchar(500),
    status                     varchar(20)    not null default 'DRAFT',
    review_comment             varchar(2000),
    -- when it was last published (a text edit sends it back to review, and publishing again renews this)
    published_at               timestamptz,
    first_published_at         timestamptz,
    created_at                 timestamptz    not null default now(),
    updated_at                 timestamptz    not null default now(),
    version                    bigint         not null default 0,
    -- name and description are searched separately so that a match in the name ranks higher
    name_search                text generated always as (registry_search_text(name)) stored,
    description_search         text generated always as (registry_search_text(description)) stored,
    -- where the provider is and which units it serves, in the words a buyer types ("gdansk")
    place_search               text           not null default '',
    check (price_on_request or price_amount is not null)
);
create index catalogue_offer_organisation on catalogue_offer (organisation_id);
create index catalogue_offer_status on catalogue_offer (status, updated_at desc);
create index catalogue_offer_public on catalogue_offer (published_at desc, id)
    where status = 'PUBLISHED' and organisation_active;
create index catalogue_offer_name_trgm on catalogue_offer using gin (name_search gin_trgm_ops);
create index catalogue_offer_description_trgm on catalogue_offer using gin (description_search gin_trgm_ops);
create index catalogue_offer_place_trgm on catalogue_offer using gin (place_search gin_trgm_ops);

-- The gminas or powiats an offer serves (empty for the region and the whole country); the name is
-- copied from the territory so that the search can match it.
create table catalogue_offer_area (
    offer_id  bigint       not null references catalogue_offer on delete cascade,
    teryt     varchar(7)   not null,
    name      varchar(200) not null,
    primary key (offer_id, teryt)
);
create index catalogue_offer_area_teryt on catalogue_offer_area (teryt);

-- Who moved the offer through the workflow and why (the comment of a return).
create table catalogue_offer_review (
    id          bigint generated always as identity primary key,
    offer_id    bigint        not null references catalogue_offer on delete cascade,
    status      varchar(20)   not null,
    comment     varchar(2000),
    user_id     bigint,
    at          timestamptz   not null default now()
);
create index catalogue_offer_review_offer on catalogue_offer_review (offer_id, at);

create table catalogue_offer_photo (
    id            bigint generated always as identity primary key,
    offer_id      bigint        not null references catalogue_offer on delete cascade,
    position      int           not null,
    alt_text      varchar(300)  not null,
    content_type  varchar(40),
    width         int,
    height        int,
    thumbnail     bytea         not null,
    large         bytea         not null,
    sha256        varchar(64),
    created_at    timestamptz   not null default now()
);
create index catalogue_offer_photo_offer on catalogue_offer_photo (offer_id, position);

-- A buyer's inquiry; name, e-mail, organisation and message are personal data (kept for the
-- retention period, then erased).
create table catalogue_inquiry (
    id                 bigint generated always as identity primary key,
    offer_id           bigint        not null references catalogue_offer on delete cascade,
    organisation_id    bigint        not null,
    buyer_name         varchar(200)  not null,
    buyer_email        varchar(254)  not null,
    buyer_organisation varchar(300),
    message            varchar(3000) not null,
    outcome            varchar(20)   not null default 'NEW',
    outcome_at         timestamptz,
    created_at         timestamptz   not null default now(),
    version            bigint        not null default 0
);
create index catalogue_inquiry_organisation on catalogue_inquiry (organisation_id, created_at desc);
create index catalogue_inquiry_offer on catalogue_inquiry (offer_id);
create index catalogue_inquiry_email on catalogue_inquiry (lower(buyer_email));
create index catalogue_inquiry_created on catalogue_inquiry (created_at);

-- Views per offer and day: no cookie, no address, only a counter.
create table catalogue_offer_views (
    offer_id  bigint not null references catalogue_offer on delete cascade,
    day       date   not null,
    views     bigint not null default 0,
    primary key (offer_id, day)
);
create index catalogue_offer_views_day on catalogue_offer_views (day);

-- A licence of the "Zakup Prospołeczny" mark for an offer: the offer is marked while the licence
-- is not revoked and valid today. application_id points to the mark application (its table
-- comes with the mark's own migration).
create table catalogue_mark_licence (
    id                bigint generated always as identity primary key,
    offer_id          bigint       not null references catalogue_offer,
    organisation_id   bigint,
    licence_number    varchar(40)  not null unique,
    granted_on        date         not null,
    valid_until       date         not null,
    revoked_on        date,
    reminded_30_at    timestamptz,
    reminded_7_at     timestamptz,
    application_id    bigint,
    check (valid_until >= granted_on)
);
create index catalogue_mark_licence_offer on catalogue_mark_licence (offer_id, valid_until);
create index catalogue_mark_licence_valid on catalogue_mark_licence (valid_until) where revoked_on is null;

-- The public catalogue's answers (facets, feeds, counts) are cached while these tables are unchanged.
select count_data_changes_of(t.table_name, 'catalogue')
from (values ('catalogue_category'), ('catalogue_offer'), ('catalogue_offer_area'), ('catalogue_offer_photo'),
             ('catalogue_mark_licence')) as t (table_name);
