-- The tracking-lookup rate limit shared by every portal instance (tracking.TrackingRateLimiter): one token bucket per
-- client. The client is never stored as its address: client_key is HMAC-SHA256 of the address under a key derived
-- from portal.crypto.lookup-key and the UTC date (a new key every day, so a key of yesterday matches nothing today).
-- A row is needed only while its bucket is not full again: rows idle for more than two minutes are deleted
-- (TrackingRateLimiter.forgetIdle, every portal.tracking.forget-every). Not a case table: nothing references it.
create table tracking_rate_bucket (
    client_key  bytea            primary key,
    tokens      double precision not null,
    refilled_at timestamptz      not null,
    allowed     boolean          not null
);
create index tracking_rate_bucket_refilled_at on tracking_rate_bucket (refilled_at);
