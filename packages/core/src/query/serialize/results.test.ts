import { Readable } from 'node:stream';
import type { Term } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Parser } from 'n3';
import { SparqlXmlParser } from 'sparqlxml-parse';
import { describe, expect, it } from 'vitest';
import { QueryEvaluationError } from '../../errors.js';
import { collectText, writeBoolean, writeResults } from './results.js';
import type { BindingsInput } from './types.js';

const { namedNode, literal, blankNode, variable } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const EX = 'http://example.org/';

// The W3C csv-tsv-res data (sparql11/csv-tsv-res/data.ttl), as solutions of `SELECT * { ?s ?p ?o }`.
const w3cRows: BindingsInput = {
  variables: ['s', 'p', 'o'],
  rows: [
    [`${EX}s1`, `${EX}p1`, namedNode(`${EX}s2`)],
    [`${EX}s2`, `${EX}p2`, literal('foo')],
    [`${EX}s3`, `${EX}p3`, literal('bar', namedNode(`${XSD}string`))],
    [`${EX}s4`, `${EX}p4`, literal('4', namedNode(`${XSD}integer`))],
    [`${EX}s5`, `${EX}p5`, literal('5.5', namedNode(`${XSD}decimal`))],
    [`${EX}s6`, `${EX}p6`, blankNode('b0')],
  ].map(
    ([s, p, o]) =>
      new Map<string, Term>([
        ['s', namedNode(s as string)],
        ['p', namedNode(p as string)],
        ['o', o as Term],
      ]),
  ),
};

const mixedRows = (): BindingsInput => ({
  variables: [variable('who'), '?quote', 'n'],
  rows: (async function* () {
    yield new Map<string, Term>([
      ['who', namedNode('https://w3id.org/policy-kg/id/person/1')],
      ['quote', literal('要坚持"人民至上",\n生命至上', 'zh-hans')],
      ['n', literal('1.0e6', namedNode(`${XSD}double`))],
    ]);
    yield new Map<string, Term>([['quote', literal('abc', namedNode(`${XSD}integer`))]]);
    yield new Map<string, Term>([
      ['who', blankNode('x1')],
      ['n', literal('true', namedNode(`${XSD}boolean`))],
    ]);
  })(),
});

describe('writeResults as CSV', () => {
  it('writes the W3C csvtsv01 expectation with CRLF line ends', async () => {
    const csv = await collectText(writeResults(w3cRows, { format: 'csv' }));
    expect(csv).toBe(
      [
        's,p,o',
        `${EX}s1,${EX}p1,${EX}s2`,
        `${EX}s2,${EX}p2,foo`,
        `${EX}s3,${EX}p3,bar`,
        `${EX}s4,${EX}p4,4`,
        `${EX}s5,${EX}p5,5.5`,
        `${EX}s6,${EX}p6,_:b0`,
        '',
      ].join('\r\n'),
    );
  });

  it('quotes fields with quotes, commas and newlines, and leaves unbound fields empty', async () => {
    const csv = await collectText(writeResults(mixedRows(), { format: 'csv' }));
    expect(csv).toBe(
      'who,quote,n\r\n' +
        'https://w3id.org/policy-kg/id/person/1,"要坚持""人民至上"",\n生命至上",1.0e6\r\n' +
        ',abc,\r\n' +
        '_:x1,,true\r\n',
    );
  });
});

describe('writeResults as TSV', () => {
  it('writes the W3C csvtsv01 expectation, numbers in Turtle shorthand', async () => {
    const tsv = await collectText(writeResults(w3cRows, { format: 'tsv' }));
    const expected = [
      '?s\t?p\t?o',
      `<${EX}s1>\t<${EX}p1>\t<${EX}s2>`,
      `<${EX}s2>\t<${EX}p2>\t"foo"`,
      `<${EX}s3>\t<${EX}p3>\t"bar"`,
      `<${EX}s4>\t<${EX}p4>\t4`,
      `<${EX}s5>\t<${EX}p5>\t5.5`,
      `<${EX}s6>\t<${EX}p6>\t_:b0`,
      '',
    ].join('\n');
    expect(tsv).toBe(expected);
  });

  it('escapes quotes and newlines, keeps tags, and types ill-formed numbers explicitly', async () => {
    const tsv = await collectText(writeResults(mixedRows(), { format: 'tsv' }));
    expect(tsv).toBe(
      '?who\t?quote\t?n\n' +
        '<https://w3id.org/policy-kg/id/person/1>\t"要坚持\\"人民至上\\",\\n生命至上"@zh-hans\t1.0e6\n' +
        `\t"abc"^^<${XSD}integer>\t\n` +
        '_:x1\t\ttrue\n',
    );
  });
});

describe('writeResults as JSON', () => {
  it('writes types, datatypes and language tags, and omits unbound variables', async () => {
    const json = JSON.parse(await collectText(writeResults(mixedRows(), { format: 'json' })));
    expect(json.head.vars).toEqual(['who', 'quote', 'n']);
    expect(json.results.bindings).toEqual([
      {
        who: { type: 'uri', value: 'https://w3id.org/policy-kg/id/person/1' },
        quote: { type: 'literal', value: '要坚持"人民至上",\n生命至上', 'xml:lang': 'zh-hans' },
        n: { type: 'literal', value: '1.0e6', datatype: `${XSD}double` },
      },
      { quote: { type: 'literal', value: 'abc', datatype: `${XSD}integer` } },
      { who: { type: 'bnode', value: 'x1' }, n: { type: 'literal', value: 'true', datatype: `${XSD}boolean` } },
    ]);
  });

  it('leaves the datatype off xsd:string literals', async () => {
    const json = JSON.parse(await collectText(writeResults(w3cRows, { format: 'json' })));
    expect(json.results.bindings[2].o).toEqual({ type: 'literal', value: 'bar' });
  });

  it('writes an empty result as valid JSON', async () => {
    const json = JSON.parse(await collectText(writeResults({ variables: ['x'], rows: [] }, { format: 'json' })));
    expect(json).toEqual({ head: { vars: ['x'] }, results: { bindings: [] } });
  });

  it('writes an RDF-star triple term as a nested object', async () => {
    const triple = DataFactory.quad(namedNode(`${EX}a`), namedNode(`${EX}b`), literal('c'));
    const json = JSON.parse(
      await collectText(
        writeResults({ variables: ['t'], rows: [new Map([['t', triple as Term]])] }, { format: 'json' }),
      ),
    );
    expect(json.results.bindings[0].t).toEqual({
      type: 'triple',
      value: {
        subject: { type: 'uri', value: `${EX}a` },
        predicate: { type: 'uri', value: `${EX}b` },
        object: { type: 'literal', value: 'c' },
      },
    });
  });
});

async function parseXml(xml: string): Promise<Record<string, Term>[]> {
  const rows: Record<string, Term>[] = [];
  const stream = new SparqlXmlParser({ dataFactory: DataFactory }).parseXmlResultsStream(Readable.from([xml]));
  for await (const row of stream as AsyncIterable<Record<string, Term>>) rows.push(row);
  return rows;
}

describe('writeResults as XML', () => {
  it('round-trips through an independent SPARQL XML parser', async () => {
    const rows = await parseXml(await collectText(writeResults(mixedRows(), { format: 'xml' })));
    expect(rows).toHaveLength(3);
    expect(rows[0]?.quote?.equals(literal('要坚持"人民至上",\n生命至上', 'zh-hans'))).toBe(true);
    expect(rows[0]?.n?.equals(literal('1.0e6', namedNode(`${XSD}double`)))).toBe(true);
    expect(rows[1]?.quote?.equals(literal('abc', namedNode(`${XSD}integer`)))).toBe(true);
    expect(rows[1]?.who).toBeUndefined();
    expect(rows[2]?.who?.termType).toBe('BlankNode');
  });

  it('rejects a control character XML 1.0 cannot carry, naming the row and variable', async () => {
    const input = { variables: ['v'], rows: [new Map([['v', literal('a\u0001b')]])] };
    const run = collectText(writeResults(input, { format: 'xml' }));
    await expect(run).rejects.toThrow(QueryEvaluationError);
    await expect(collectText(writeResults(input, { format: 'xml' }))).rejects.toThrow(/U\+0001 \(in row 1, \?v\)/);
  });
});

describe('writeBoolean', () => {
  it('writes ASK results in all four formats', async () => {
    expect(JSON.parse(writeBoolean(true, { format: 'json' }))).toEqual({ head: {}, boolean: true });
    const parsed = await new SparqlXmlParser().parseXmlBooleanStream(
      Readable.from([writeBoolean(false, { format: 'xml' })]),
    );
    expect(parsed).toBe(false);
    expect(writeBoolean(true, { format: 'csv' })).toBe('_askResult\r\ntrue\r\n');
    expect(writeBoolean(false, { format: 'tsv' })).toBe('?_askResult\nfalse\n');
  });
});

describe('streaming', () => {
  it('yields the first chunk before an endless row source is exhausted', async () => {
    const endless = function* () {
      for (let i = 0; ; i++) yield new Map([['i', literal(String(i), namedNode(`${XSD}integer`))]]);
    };
    for (const format of ['json', 'xml', 'csv', 'tsv'] as const) {
      const chunks = writeResults({ variables: ['i'], rows: endless() }, { format });
      const first = await chunks.next();
      expect(first.done).toBe(false);
      expect((first.value as string).length).toBeGreaterThan(1000);
      await chunks.return(undefined);
    }
  });
});

// Strings mixing CJK, quotes, backslashes, tabs and newlines; no control characters XML cannot carry.
const text = fc.string({
  unit: fc.constantFrom('中', '国', '"', '\\', '\t', '\n', '\r', ',', '<', '&', 'a', ' ', '𠮷', "'"),
});
const term = fc.oneof(
  text.map((s) => literal(s) as Term),
  fc.tuple(text, fc.constantFrom('zh-hans', 'en')).map(([s, l]) => literal(s, l) as Term),
  fc
    .tuple(text, fc.constantFrom(`${XSD}integer`, `${XSD}decimal`, `${XSD}double`, `${XSD}date`))
    .map(([s, d]) => literal(s, namedNode(d)) as Term),
  fc.constantFrom('1', '-2', '0.5', '1E3', '1.0e6', '+7').map((s) => literal(s, namedNode(`${XSD}double`)) as Term),
  fc.webUrl().map((u) => namedNode(u) as Term),
);

describe('round trips (property)', () => {
  it('TSV terms parse back to the same term with a Turtle parser', async () => {
    await fc.assert(
      fc.asyncProperty(term, async (t) => {
        const tsv = await collectText(
          writeResults({ variables: ['o'], rows: [new Map([['o', t]])] }, { format: 'tsv' }),
        );
        const cell = tsv.split('\n')[1] as string;
        const [quad] = new Parser().parse(`<${EX}s> <${EX}p> ${cell} .`);
        const back = quad?.object;
        // A bare number reads back with its Turtle datatype; only its lexical form must survive.
        expect(back?.value).toBe(t.value);
        if (!/^[+-]?[\d.]/.test(cell)) expect(back?.equals(t)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('JSON and XML decode to the same terms', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(term, { minLength: 1, maxLength: 5 }), async (terms) => {
        const input = (): BindingsInput => ({ variables: ['o'], rows: terms.map((t) => new Map([['o', t]])) });
        const json = JSON.parse(await collectText(writeResults(input(), { format: 'json' })));
        const xml = await parseXml(await collectText(writeResults(input(), { format: 'xml' })));
        terms.forEach((t, i) => {
          expect(json.results.bindings[i].o.value).toBe(t.value);
          expect(xml[i]?.o?.equals(t)).toBe(true);
        });
      }),
      { numRuns: 100 },
    );
  });
});
