import { UsageError } from '@policy-kg/core';
import { describe, expect, it } from 'vitest';
import { openQuerySource, timeoutOption } from './source-options.js';

const ENDPOINT = 'http://127.0.0.1:9/sparql';

describe('openQuerySource', () => {
  it.each([
    [{ store: 'kg-store', endpoint: ENDPOINT }, '--store and --endpoint exclude each other'],
    [{ store: 'kg-store', graph: ['http://e/g'] }, '--graph needs --endpoint'],
    [{ store: 'kg-store', allGraphs: true }, '--all-graphs needs --endpoint'],
    [{ endpoint: ENDPOINT, graph: ['http://e/g'], allGraphs: true }, '--graph and --all-graphs exclude each other'],
    [{ endpoint: ENDPOINT, auth: 'kerberos' }, '--auth must be auto, digest or basic, got "kerberos"'],
    [{ endpoint: 'ftp://e/sparql' }, 'remote endpoint must be http(s), got ftp:'],
    [{ endpoint: ENDPOINT, user: 'kg' }, 'remote credentials need both a user and a password'],
  ])('refuses %j before any request: %s', async (options, message) => {
    const err = await openQuerySource(options, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain(message);
  });

  it('names graphs with --graph without reading the manifest (no request is made)', async () => {
    const opened = await openQuerySource({ endpoint: ENDPOINT, graph: ['http://e/g1', 'http://e/g2'] }, {});
    expect(opened.kind).toBe('endpoint');
    expect(opened.kind === 'endpoint' && opened.graphs).toEqual(['http://e/g1', 'http://e/g2']);
  });
});

describe('timeoutOption', () => {
  it('takes positive integers of milliseconds and refuses the rest', () => {
    expect(timeoutOption({})).toBeUndefined();
    expect(timeoutOption({ timeout: '1500' })).toBe(1500);
    for (const bad of ['0', '-5', '1.5', 'soon']) expect(() => timeoutOption({ timeout: bad })).toThrow(UsageError);
  });
});
