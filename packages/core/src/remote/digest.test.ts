import { describe, expect, it } from 'vitest';
import { digestAuthorization, parseDigestChallenge } from './digest.js';

describe('Digest authentication (RFC 7616 MD5)', () => {
  it('parses the challenge Virtuoso sends', () => {
    const c = parseDigestChallenge(
      'Digest realm="SPARQL", domain="/sparql-auth", nonce="abc123", opaque="5ebe", stale=false, qop="auth", algorithm="MD5"',
    );
    expect(c).toEqual({ realm: 'SPARQL', nonce: 'abc123', qop: 'auth', opaque: '5ebe', algorithm: 'MD5' });
  });

  it('refuses schemes it cannot answer', () => {
    expect(parseDigestChallenge('Basic realm="x"')).toBeUndefined();
    expect(parseDigestChallenge('Digest realm="x", nonce="n", algorithm=SHA-256')).toBeUndefined();
    expect(parseDigestChallenge('Digest realm="x", nonce="n", qop="auth-int"')).toBeUndefined();
    expect(parseDigestChallenge(null)).toBeUndefined();
  });

  it('computes the RFC 2617 §3.5 example response', () => {
    const challenge = parseDigestChallenge(
      'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
    );
    expect(challenge).toBeDefined();
    const header = digestAuthorization({
      challenge: challenge as NonNullable<typeof challenge>,
      method: 'GET',
      uri: '/dir/index.html',
      user: 'Mufasa',
      password: 'Circle Of Life',
      nc: 1,
      cnonce: '0a4f113b',
    });
    expect(header).toContain('response="6629fae49393a05397450978507c4ef1"');
    expect(header).toContain('nc=00000001');
    expect(header).toContain('uri="/dir/index.html"');
    expect(header).not.toContain('Circle Of Life');
  });
});
