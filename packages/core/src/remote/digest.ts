import { createHash, randomBytes } from 'node:crypto';

/** A parsed `WWW-Authenticate: Digest …` challenge. */
export interface DigestChallenge {
  realm: string;
  nonce: string;
  qop: string | undefined;
  opaque: string | undefined;
  algorithm: string;
}

/**
 * Parses a Digest challenge (RFC 7616 §3.3). Returns undefined when the header
 * offers no Digest scheme or one we cannot answer (only MD5 and qop=auth or none).
 */
export function parseDigestChallenge(header: string | null): DigestChallenge | undefined {
  if (!header) return undefined;
  const at = header.search(/digest\s/i);
  if (at < 0) return undefined;
  const params = new Map<string, string>();
  const re = /([a-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/gi;
  for (const m of header.slice(at + 7).matchAll(re)) {
    params.set((m[1] as string).toLowerCase(), (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1'));
  }
  const realm = params.get('realm');
  const nonce = params.get('nonce');
  const algorithm = params.get('algorithm') ?? 'MD5';
  if (realm === undefined || nonce === undefined || algorithm.toUpperCase() !== 'MD5') return undefined;
  const qops = params
    .get('qop')
    ?.split(',')
    .map((q) => q.trim());
  if (qops && !qops.includes('auth')) return undefined;
  return { realm, nonce, qop: qops ? 'auth' : undefined, opaque: params.get('opaque'), algorithm };
}

const md5 = (s: string): string => createHash('md5').update(s, 'utf8').digest('hex');
const quote = (s: string): string => `"${s.replace(/["\\]/g, '\\$&')}"`;

/**
 * The `Authorization` header answering `challenge` for one request (RFC 7616
 * MD5, `qop=auth`). `uri` is the request target, path plus query string, as
 * sent: Virtuoso checks it against `?graph=…` too. `nc` counts uses of the nonce.
 */
export function digestAuthorization(options: {
  challenge: DigestChallenge;
  method: string;
  uri: string;
  user: string;
  password: string;
  nc: number;
  cnonce?: string;
}): string {
  const { challenge: c, method, uri, user, password } = options;
  const ha1 = md5(`${user}:${c.realm}:${password}`);
  const ha2 = md5(`${method}:${uri}`);
  const parts = [
    `username=${quote(user)}`,
    `realm=${quote(c.realm)}`,
    `nonce=${quote(c.nonce)}`,
    `uri=${quote(uri)}`,
    `algorithm=${c.algorithm}`,
  ];
  let response: string;
  if (c.qop) {
    const nc = options.nc.toString(16).padStart(8, '0');
    const cnonce = options.cnonce ?? randomBytes(8).toString('hex');
    response = md5(`${ha1}:${c.nonce}:${nc}:${cnonce}:${c.qop}:${ha2}`);
    parts.push(`qop=${c.qop}`, `nc=${nc}`, `cnonce=${quote(cnonce)}`);
  } else {
    response = md5(`${ha1}:${c.nonce}:${ha2}`);
  }
  parts.push(`response=${quote(response)}`);
  if (c.opaque !== undefined) parts.push(`opaque=${quote(c.opaque)}`);
  return `Digest ${parts.join(', ')}`;
}
