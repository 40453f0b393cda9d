-- The resource library (issue 16, point 2): items of a collaborative or community (or network-wide,
-- collaborative_id null, managed by admins), files with their versions and links; the bytes of
-- uploaded files in blobs of chunks, apart from the item rows (behind org.lcp.library.BlobStore);
-- downloads and link opens counted per item and month. Owned by the org.lcp.library package.

-- The bytes of one uploaded file, written and read chunk by chunk (never whole in memory).
create table library_blob (
    id           uuid primary key,
    size_bytes   bigint not null check (size_bytes >= 0),
    sha256       varchar(64) not null,
    content_type varchar(200) not null,
    created_at   timestamptz not null
);
create table library_blob_chunk (
    blob_id uuid not null references library_blob (id) on delete cascade,
    seq     integer not null check (seq >= 0),
    data    bytea not null,
    primary key (blob_id, seq)
);

-- A file or a link, with who may see it: NETWORK (every signed-in person), MEMBERS (of its
-- collaborative or community), TEAM (one organisation's people).
create table library_item (
    id               uuid primary key,
    collaborative_id uuid references collaborative (id),
    kind             varchar(8) not null check (kind in ('FILE', 'LINK')),
    title            varchar(200) not null,
    description      varchar(5000),
    tags             varchar(50)[] not null default '{}',
    audience         varchar(16) not null check (audience in ('NETWORK', 'MEMBERS', 'TEAM')),
    organization_id  uuid references organization (id),
    url              varchar(2000),
    -- the number of the file's current version (FILE)
    current_version  integer,
    created_by       uuid references app_user (id),
    created_by_name  varchar(255) not null,
    deleted_at       timestamptz,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer not null default 0,
    constraint library_item_link_ck check ((kind = 'LINK') = (url is not null)),
    constraint library_item_team_ck check ((audience = 'TEAM') = (organization_id is not null)),
    constraint library_item_members_ck check (audience <> 'MEMBERS' or collaborative_id is not null)
);
create index library_item_collaborative_idx on library_item (collaborative_id, created_at)
    where deleted_at is null;
create index library_item_tags_idx on library_item using gin (tags);

-- Each upload of a file item's content; the item shows its current one.
create table library_item_version (
    id              uuid primary key,
    item_id         uuid not null references library_item (id),
    number          integer not null check (number >= 1),
    blob_id         uuid not null references library_blob (id),
    file_name       varchar(255) not null,
    content_type    varchar(200) not null,
    size_bytes      bigint not null,
    note            varchar(2000),
    created_by      uuid references app_user (id),
    created_by_name varchar(255) not null,
    created_at      timestamptz not null,
    constraint library_item_version_uq unique (item_id, number)
);

-- Downloads of a file and opens of a link, per item and month: one row per item-month, incremented.
create table library_usage (
    item_id   uuid not null references library_item (id),
    month     date not null check (extract(day from month) = 1),
    downloads integer not null default 0,
    opens     integer not null default 0,
    primary key (item_id, month)
);
