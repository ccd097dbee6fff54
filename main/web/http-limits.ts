export interface HttpLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** How often Node looks for connections past the two timeouts above. */
  connectionsCheckingIntervalMs: number;
  maxConnections: number;
}

/**
 * The browser host only ever talks to a browser on the same computer, which sends a request's
 * headers and body in milliseconds. Node's defaults are made for the open internet (60 s for
 * headers, 5 min for a request, checked every 30 s, no connection cap); here a client that
 * trickles bytes or hoards sockets is a misbehaving local program, cut off quickly.
 */
export const HTTP_LIMITS: HttpLimits = {
  // Headers are a few hundred bytes: 10 s is generous even for an old PC under load.
  headersTimeoutMs: 10_000,
  // The largest body is 5 MB, well under a second over loopback. This bounds receiving the
  // request only, never the core's work on it (a long backup is not cut short).
  requestTimeoutMs: 30_000,
  // Node's own default, kept explicit: an idle connection is closed after 5 s. Pages call in
  // bursts and the heartbeat comes every 30 s, so holding idle sockets longer gains nothing.
  keepAliveTimeoutMs: 5_000,
  // Without this the two timeouts above would only be enforced every 30 s.
  connectionsCheckingIntervalMs: 1_000,
  // Chromium opens at most 6 connections to one host per profile, so a few tabs and a second
  // browser stay far below 32, while a runaway program cannot pile up thousands of sockets.
  maxConnections: 32,
};
