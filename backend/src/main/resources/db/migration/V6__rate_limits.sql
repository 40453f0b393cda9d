-- Rate limits shared by every replica (common/ratelimit). One row per bucket: a token bucket kept
-- as GCRA (generic cell rate algorithm) state, its "theoretical arrival time" tat. With interval
-- = window / limit, the bucket is full when tat <= now, and a request of cost n is allowed when
-- greatest(tat, now) + n * interval - limit * interval <= now. One upsert decides and records
-- (RateLimiter.SQL). Times are microseconds since the epoch from the database's clock, so that
-- replicas with skewed clocks agree. A row whose tat is past says no more than a missing row; the
-- limiter's sweep deletes them. fillfactor leaves room for HOT updates (no index on tat).
-- Unlogged: a request's upsert writes no WAL and waits for no flush (7 ms -> well under 1 ms
-- here); after a crash PostgreSQL empties the table (every bucket full again) and standbys do not
-- carry it (a failover starts with full buckets), both acceptable for rate limits.
create unlogged table rate_limit_bucket (
    bucket_key text    primary key,
    tat        bigint  not null,
    allowed    boolean not null,
    seen_at    bigint  not null
) with (fillfactor = 70);
