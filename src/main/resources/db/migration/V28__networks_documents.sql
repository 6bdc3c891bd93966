-- Documents of a network (statutes, agreements, minutes) as PDF files, shown on the network's page
-- to whoever may see the network; added and removed by ROPS or the network's coordinator.
create table network_document (
    id          bigint generated always as identity primary key,
    network_id  bigint        not null references network on delete cascade,
    filename    varchar(255)  not null,
    content     bytea         not null,
    size_bytes  integer       not null,
    uploaded_by varchar(100)  not null,
    uploaded_at timestamptz   not null default now()
);
create index network_document_network on network_document (network_id, uploaded_at);
