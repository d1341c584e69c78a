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
 * flight die there instead of being promoted: at 200 connections (the overload bench, 2 cores) the
 * gateway answered 8,666 and 8,707 requests in 8 s without its limit against 6,615–7,829 in four
 * runs at 16 MB, and 2,421 and 2,866 against 2,021–2,709 with it, for a peak RSS of 269 MB against
 * 231 in the federation bench. At 64 MB it answered about as many (7,601–10,716) for 324 MB.
 */
export const gatewayNodeOptions = '--max-old-space-size=512 --max-semi-space-size=32';
