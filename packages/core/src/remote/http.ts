import { setTimeout as sleep } from 'node:timers/promises';
import { type DigestChallenge, digestAuthorization, parseDigestChallenge } from './digest.js';
import { bodyExcerpt, RemoteError, safeUrl } from './errors.js';

/** Credentials for a remote endpoint. Never logged, never put in an error message. */
export interface RemoteCredentials {
  user: string;
  password: string;
  /** `digest` (Virtuoso's `/sparql-auth`), `basic`, or `auto`: whatever the 401 challenge asks for. Default `auto`. */
  scheme?: 'auto' | 'digest' | 'basic';
}

/** Options of {@link HttpClient}. */
export interface HttpClientOptions {
  credentials?: RemoteCredentials | undefined;
  /** Milliseconds per attempt before `KG_REMOTE_TIMEOUT`. Default 60 000. */
  timeoutMs?: number;
  /** Extra attempts on transient failures (connection reset, 502/503/504). Default 3. */
  retries?: number;
  /** First back-off delay in ms, doubled per attempt (with jitter). Default 250. */
  backoffMs?: number;
  /** `fetch` to use; default the global one. */
  fetch?: typeof fetch;
}

/** One HTTP request as {@link HttpClient.request} takes it. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** Statuses besides 2xx returned to the caller instead of thrown (e.g. 404 for a missing graph). */
  allow?: readonly number[];
  signal?: AbortSignal | undefined;
  /** What the request is for, used in messages: "query", "graph upload". */
  what: string;
}

const TRANSIENT_STATUS = new Set([502, 503, 504]);
const TRANSIENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ETIMEDOUT', 'UND_ERR_CLOSED']);

/** The system error code under undici's `TypeError: fetch failed`. */
function networkCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e instanceof Error; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = e.cause;
  }
  return undefined;
}

/**
 * fetch with authentication (Basic, or Digest RFC 7616 MD5 `qop=auth` whose
 * challenge is cached and reused with an incrementing `nc`), a timeout per
 * attempt, retries with exponential back-off on transient failures, and
 * {@link RemoteError}s for everything else.
 *
 * @example
 * ```ts
 * const http = new HttpClient({ credentials: { user: 'u', password: 'p' } });
 * const res = await http.request({ method: 'GET', url: 'http://127.0.0.1:8890/sparql?query=ASK%7B%7D', what: 'query' });
 * ```
 */
export class HttpClient {
  private challenge: DigestChallenge | undefined;
  private nc = 0;
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;

  constructor(private readonly options: HttpClientOptions = {}) {
    this.fetch = options.fetch ?? globalThis.fetch;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 250;
  }

  /** Sends `req`; resolves with a 2xx (or allowed) response, else throws {@link RemoteError}. */
  async request(req: HttpRequest): Promise<Response> {
    const creds = this.options.credentials;
    let scheme = creds?.scheme ?? 'auto';
    // Prime the Digest challenge with a body-less GET so a large upload is sent once.
    if (creds && scheme !== 'basic' && !this.challenge && req.body && req.body.length > 4096) {
      await this.prime(req);
    }
    let authRetried = false;
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = { ...req.headers };
      if (creds) {
        if (scheme === 'basic') headers.authorization = basic(creds);
        else if (this.challenge) headers.authorization = this.digest(req, creds, this.challenge);
      }
      let res: Response;
      try {
        res = await this.fetch(req.url, {
          method: req.method,
          headers,
          ...(req.body === undefined ? {} : { body: req.body }),
          signal: this.signal(req.signal),
        });
      } catch (err) {
        const failure = this.networkFailure(err, req);
        if (failure.transient && attempt < this.retries) {
          await this.backoff(attempt, req.signal);
          continue;
        }
        throw failure.error;
      }
      if (res.status === 401 && creds && scheme !== 'basic' && !authRetried) {
        const challenge = parseDigestChallenge(res.headers.get('www-authenticate'));
        await res.body?.cancel();
        if (challenge) {
          // First contact, or a stale nonce: answer the fresh challenge once.
          this.challenge = challenge;
          this.nc = 0;
          authRetried = true;
          attempt--;
          continue;
        }
        if (scheme === 'auto' && /basic/i.test(res.headers.get('www-authenticate') ?? '')) {
          // Remember for later requests: the server speaks Basic.
          this.options.credentials = { ...creds, scheme: 'basic' };
          scheme = 'basic';
          authRetried = true;
          attempt--;
          continue;
        }
        throw authError(req, 401, creds !== undefined);
      }
      if (res.ok || req.allow?.includes(res.status)) return res;
      const text = await res.text().catch(() => '');
      if (res.status === 401 || res.status === 403) throw authError(req, res.status, creds !== undefined, text);
      if (TRANSIENT_STATUS.has(res.status) && attempt < this.retries) {
        await this.backoff(attempt, req.signal);
        continue;
      }
      throw new RemoteError(
        `${req.what} failed at ${safeUrl(req.url)}: HTTP ${res.status} ${res.statusText}${text ? `: ${bodyExcerpt(text)}` : ''}`,
        { code: 'KG_REMOTE_SERVER', endpoint: safeUrl(req.url), status: res.status },
      );
    }
  }

  private async prime(req: HttpRequest): Promise<void> {
    const base = new URL(req.url);
    base.search = '';
    try {
      const res = await this.fetch(base, { method: 'GET', signal: this.signal(req.signal) });
      await res.body?.cancel();
      if (res.status === 401) this.challenge = parseDigestChallenge(res.headers.get('www-authenticate'));
    } catch {
      // The real request reports the failure.
    }
  }

  private digest(req: HttpRequest, creds: RemoteCredentials, challenge: DigestChallenge): string {
    const u = new URL(req.url);
    this.nc += 1;
    return digestAuthorization({
      challenge,
      method: req.method,
      uri: u.pathname + u.search,
      user: creds.user,
      password: creds.password,
      nc: this.nc,
    });
  }

  private signal(user: AbortSignal | undefined): AbortSignal {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    return user ? AbortSignal.any([timeout, user]) : timeout;
  }

  private networkFailure(err: unknown, req: HttpRequest): { transient: boolean; error: unknown } {
    const endpoint = safeUrl(req.url);
    if (req.signal?.aborted) return { transient: false, error: req.signal.reason ?? err };
    if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
      return {
        transient: false,
        error: new RemoteError(
          `${req.what} at ${endpoint} timed out after ${this.timeoutMs} ms; raise timeoutMs or simplify the request`,
          { code: 'KG_REMOTE_TIMEOUT', endpoint, cause: err },
        ),
      };
    }
    const code = networkCode(err);
    const why =
      code === 'ECONNREFUSED'
        ? 'connection refused: is the SPARQL server running and listening there?'
        : code === 'ENOTFOUND'
          ? 'host not found: check the endpoint URL'
          : `connection failed (${code ?? (err instanceof Error ? err.message : String(err))})`;
    return {
      transient: code !== undefined && TRANSIENT_CODES.has(code),
      error: new RemoteError(`${req.what} could not reach ${endpoint}: ${why}`, {
        code: 'KG_REMOTE_CONNECTION',
        endpoint,
        cause: err,
      }),
    };
  }

  private async backoff(attempt: number, signal: AbortSignal | undefined): Promise<void> {
    const delay = this.backoffMs * 2 ** attempt * (0.75 + Math.random() / 2);
    await sleep(delay, undefined, signal ? { signal } : {});
  }
}

function basic(creds: RemoteCredentials): string {
  return `Basic ${Buffer.from(`${creds.user}:${creds.password}`, 'utf8').toString('base64')}`;
}

function authError(req: HttpRequest, status: number, hadCredentials: boolean, body = ''): RemoteError {
  const endpoint = safeUrl(req.url);
  const hint = hadCredentials
    ? status === 401
      ? 'the user name or password was rejected'
      : 'the user lacks the permission (Virtuoso: GRANT SPARQL_UPDATE)'
    : 'the endpoint needs credentials: pass user/password or set KG_SPARQL_USER and KG_SPARQL_PASSWORD';
  return new RemoteError(
    `${req.what} at ${endpoint} was refused (HTTP ${status}): ${hint}${body && status === 403 ? ` (${bodyExcerpt(body, 120)})` : ''}`,
    { code: 'KG_REMOTE_AUTH', endpoint, status },
  );
}
