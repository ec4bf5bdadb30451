import { DataFactory, Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors.js';
import { createQueryEngine } from '../engine.js';
import { writeQueryResult } from './query-result.js';
import { collectText } from './results.js';

const { namedNode, literal, quad } = DataFactory;
const KG = 'https://w3id.org/policy-kg/ontology#';
const ID = 'https://w3id.org/policy-kg/id/';
const store = new Store([
  quad(namedNode(`${ID}statement/1`), namedNode(`${KG}speaker`), namedNode(`${ID}official/1`)),
  quad(namedNode(`${ID}statement/1`), namedNode(`${KG}verb`), literal('强调', 'zh-hans')),
  quad(namedNode(`${ID}statement/2`), namedNode(`${KG}speaker`), namedNode(`${ID}official/2`)),
]);
const engine = createQueryEngine();
const prefix = `PREFIX kg: <${KG}>\n`;

describe('writeQueryResult with our engine', () => {
  it('writes a SELECT with its projected variables, unbound ones included in the head', async () => {
    const q = await engine.query(
      `${prefix}SELECT ?st ?verb WHERE { ?st kg:speaker ?o OPTIONAL { ?st kg:verb ?verb } } ORDER BY ?st`,
      { sources: [store] },
    );
    const json = JSON.parse(await collectText(writeQueryResult(q, { format: 'json' })));
    expect(json.head.vars).toEqual(['st', 'verb']);
    expect(json.results.bindings).toEqual([
      {
        st: { type: 'uri', value: `${ID}statement/1` },
        verb: { type: 'literal', value: '强调', 'xml:lang': 'zh-hans' },
      },
      { st: { type: 'uri', value: `${ID}statement/2` } },
    ]);
  });

  it('writes an ASK as a boolean result', async () => {
    const q = await engine.query(`${prefix}ASK { ?st kg:verb "强调"@zh-hans }`, { sources: [store] });
    expect(await collectText(writeQueryResult(q, { format: 'tsv' }))).toBe('?_askResult\ntrue\n');
  });

  it('writes a CONSTRUCT as Turtle that parses back', async () => {
    const q = await engine.query(`${prefix}CONSTRUCT { ?o kg:said ?st } WHERE { ?st kg:speaker ?o }`, {
      sources: [store],
    });
    const ttl = await collectText(writeQueryResult(q, { format: 'turtle', prefixes: { kg: KG } }));
    expect(new Parser().parse(ttl)).toHaveLength(2);
  });

  it('rejects a graph format for a SELECT with a usage error naming the allowed formats', async () => {
    const q = await engine.query('SELECT * { ?s ?p ?o }', { sources: [store] });
    const run = collectText(writeQueryResult(q, { format: 'turtle' }));
    await expect(run).rejects.toThrow(UsageError);
    await expect(collectText(writeQueryResult(q, { format: 'turtle' }))).rejects.toThrow(
      'Cannot write a SELECT result as "turtle": use one of json, xml, csv, tsv.',
    );
  });
});
