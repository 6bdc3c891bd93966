-- News of the social economy and social campaigns of ROPS (catalogue module). A news item is
-- public once published and its publish time has come, so ROPS can schedule it ahead.
create table catalogue_news (
    id           bigint generated always as identity primary key,
    title        varchar(200)  not null,
    lead         varchar(500)  not null,
    body         text          not null,
    -- names of catalogue.NewsCategory; a small fixed dictionary, filtered with "= any(categories)"
    categories   varchar(30)[] not null default '{}',
    status       varchar(20)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    publish_at   timestamptz   not null,
    slug         varchar(120)  unique,
    author_id    bigint,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    version      integer       not null default 0
);
create index catalogue_news_public on catalogue_news (publish_at desc, id desc) where status = 'PUBLISHED';
create index catalogue_news_categories on catalogue_news using gin (categories);

-- the picture of a news item, re-encoded without metadata; apart so that lists never read the bytes
create table catalogue_news_image (
    news_id      bigint        primary key references catalogue_news (id) on delete cascade,
    alt_text     varchar(300)  not null,
    content_type varchar(40)   not null,
    width        integer       not null,
    height       integer       not null,
    thumbnail    bytea         not null,
    large        bytea         not null,
    sha256       varchar(64),
    created_at   timestamptz   not null default now()
);

create table catalogue_campaign (
    id                  bigint generated always as identity primary key,
    name                varchar(200)  not null,
    goal                text          not null,
    starts_on           date          not null,
    ends_on             date          not null,
    -- names of catalogue.CampaignAudience and catalogue.CampaignChannel
    audiences           varchar(30)[] not null default '{}',
    channels            varchar(30)[] not null default '{}',
    planned_reach       integer check (planned_reach is null or planned_reach >= 0),
    planned_materials   integer check (planned_materials is null or planned_materials >= 0),
    planned_mentions    integer check (planned_mentions is null or planned_mentions >= 0),
    achieved_reach      integer check (achieved_reach is null or achieved_reach >= 0),
    achieved_materials  integer check (achieved_materials is null or achieved_materials >= 0),
    achieved_mentions   integer check (achieved_mentions is null or achieved_mentions >= 0),
    results             text,
    status              varchar(20)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    version             integer       not null default 0,
    check (ends_on >= starts_on)
);
create index catalogue_campaign_period on catalogue_campaign (ends_on, starts_on);

-- events of type CAMPAIGN that belong to a campaign; ids of the events module, read through its facade
create table catalogue_campaign_event (
    campaign_id  bigint not null references catalogue_campaign (id) on delete cascade,
    event_id     bigint not null,
    primary key (campaign_id, event_id)
);

-- the public home keeps its news section while these tables are unchanged (topic "catalogue-news")
select count_data_changes_of(t.table_name, 'catalogue-news')
from (values ('catalogue_news'), ('catalogue_news_image'), ('catalogue_campaign')) as t (table_name);
