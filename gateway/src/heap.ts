/**
 * The gateway's Node options wherever it runs in a process of its own (the compose file, the bench).
 * Under load V8 lets the old generation grow to hundreds of megabytes of garbage before it collects
 * (the answers in flight outlive two scavenges and are promoted), because its default ceiling is
 * sized from the machine's memory (4 GB on a machine of 24); a ceiling of 512 MB makes it collect
 * sooner. The gateway's live heap is about 70 MB. Measured with 20 signed-in connections on 2 cores:
 * peak RSS 371–382 MB without the ceiling, 217–225 MB with it, at some cost in collections (README,
 * Performance).
 *
 * A young generation twice V8's default (semi-spaces of 32 MB, not 16) lets more of the answers in
 * flight die there instead of being promoted. At 200 connections on 2 cores (the overload bench),
 * without its concurrency limit, the gateway answered 2.1–2.4 requests for every 100 that the
 * bench's floor refused in the same run (which gauges the machine's speed that run), in three runs,
 * against 1.8–2.0 in four at 16 MB; with the limit, 0.65–0.81 against 0.55–0.69. Peak RSS in the
 * federation bench: 263 and 269 MB, against 231. At 64 MB: 2.2–2.8 and 0.72–0.73, for 324 MB.
 */
export const gatewayNodeOptions = '--max-old-space-size=512 --max-semi-space-size=32';
