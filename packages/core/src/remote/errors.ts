import { KgError } from '../errors.js';

/** Stable codes of {@link RemoteError}. */
export type RemoteErrorCode =
  /** 401/403: wrong or missing credentials, or the user lacks the grant. */
  | 'KG_REMOTE_AUTH'
  /** The server cut the result short (Virtuoso: `X-SPARQL-MaxRows` on a 200). */
  | 'KG_REMOTE_TRUNCATED'
  /** The request or the server's own query timeout expired (Virtuoso: `X-SQL-State: S1TAT` on a 200). */
  | 'KG_REMOTE_TIMEOUT'
  /** Nothing listens at the endpoint, or the connection dropped. */
  | 'KG_REMOTE_CONNECTION'
  /** Any other non-2xx answer; `status` and a body excerpt are in the message. */
  | 'KG_REMOTE_SERVER'
  /** The server answered 2xx with a body we could not read (bad JSON, bad N-Triples). */
  | 'KG_REMOTE_RESPONSE';

/**
 * A remote SPARQL / Graph Store request failed. The message names the endpoint
 * (without credentials) and what to do; it never contains a password.
 *
 * @example
 * ```ts
 * try { await target.select('SELECT * { ?s ?p ?o }'); }
 * catch (e) { if (e instanceof RemoteError && e.code === 'KG_REMOTE_AUTH') console.error('check KG_SPARQL_USER'); }
 * ```
 */
export class RemoteError extends KgError {
  declare readonly code: RemoteErrorCode;
  /** The URL that failed (query string kept, credentials never included). */
  readonly endpoint: string;
  /** HTTP status when the server answered. */
  readonly status: number | undefined;

  constructor(message: string, options: { code: RemoteErrorCode; endpoint: string; status?: number; cause?: unknown }) {
    super(message, { code: options.code, cause: options.cause });
    this.endpoint = options.endpoint;
    this.status = options.status;
  }
}

/** Shortens a response body for an error message: one line, at most `max` characters. */
export function bodyExcerpt(body: string, max = 200): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** The URL as it may appear in messages: no user info. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return url;
  }
}
