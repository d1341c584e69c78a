/**
 * The gateway's Node options wherever it runs in a process of its own (the compose file, the bench).
 * Under load V8 lets the old generation grow to hundreds of megabytes of garbage before it collects
 * (the answers in flight outlive two scavenges and are promoted), because its default ceiling is
 * sized from the machine's memory (4 GB on a machine of 24); a ceiling of 512 MB makes it collect sooner. The gateway's live
 * heap is about 70 MB. Measured with 20 signed-in connections on 2 cores: peak RSS 371–382 MB
 * without the ceiling, 217–225 MB with it, at some cost in collections (README, Performance).
 *
 * A larger young generation (`--max-semi-space-size=32` or `64`, V8's default being 16 MB here) was
 * tried and left out: at 200 connections without the concurrency limit it answered more than the
 * default in every run made beside one (four rounds of the overload bench), but with the limit, as
 * the gateway runs, it answered fewer in two of those rounds, and its peak RSS was 263–324 MB
 * against 231.
 */
export const gatewayNodeOptions = '--max-old-space-size=512';
