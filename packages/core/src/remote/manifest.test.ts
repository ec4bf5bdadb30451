import { describe, expect, it } from 'vitest';
import { MANIFEST_GRAPH, manifestUpdate, planPush } from './manifest.js';

describe('planPush', () => {
  const local = new Map([
    ['g:a', 'h1'],
    ['g:b', 'h2'],
    ['g:d', 'h4'],
  ]);
  const remote = new Map([
    ['g:b', 'old'],
    ['g:c', 'h3'],
    ['g:d', 'h4'],
  ]);

  it('adds new graphs, replaces changed ones, deletes gone ones and skips unchanged ones', () => {
    expect(planPush(local, remote)).toEqual({ add: ['g:a'], replace: ['g:b'], delete: ['g:c'], unchanged: ['g:d'] });
  });

  it('keeps remote-only graphs when deleteMissing is false', () => {
    expect(planPush(local, remote, { deleteMissing: false }).delete).toEqual([]);
  });

  it('replaces unchanged graphs when forced', () => {
    expect(planPush(local, remote, { force: true })).toMatchObject({ replace: ['g:b', 'g:d'], unchanged: [] });
  });

  it('uploads everything to an empty server and deletes everything for an empty store', () => {
    expect(planPush(local, new Map()).add).toEqual(['g:a', 'g:b', 'g:d']);
    expect(planPush(new Map(), remote).delete).toEqual(['g:b', 'g:c', 'g:d']);
  });
});

describe('manifestUpdate', () => {
  it('replaces an entry and removes another in one update', () => {
    const u = manifestUpdate(
      [
        { graph: 'https://e/g1', hash: 'ab'.repeat(32) },
        { graph: 'https://e/g2', hash: undefined },
      ],
      { now: new Date('2026-01-02T03:04:05Z') },
    );
    expect(u.match(/DELETE \{/g)).toHaveLength(1);
    expect(u).toContain('VALUES ?g { <https://e/g1> <https://e/g2> }');
    expect(u.match(/INSERT DATA/g)).toHaveLength(1);
    expect(u).toContain(`GRAPH <${MANIFEST_GRAPH}>`);
    expect(u).toContain('"2026-01-02T03:04:05.000Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>');
  });

  it('rejects an IRI that would break out of the query', () => {
    expect(() => manifestUpdate([{ graph: 'https://e/g> } ; DROP ALL ; <x', hash: 'h' }])).toThrow(/not a valid IRI/);
  });
});
