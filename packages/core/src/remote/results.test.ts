import { describe, expect, it } from 'vitest';
import { parseSelectJson } from './results.js';

describe('parseSelectJson', () => {
  it('reads IRIs, language-tagged and typed literals (Virtuoso typed-literal too) and blank nodes', () => {
    const { variables, rows } = parseSelectJson({
      head: { vars: ['s', 'l', 'd', 'b', 'u'] },
      results: {
        bindings: [
          {
            s: { type: 'uri', value: 'https://e/a' },
            l: { type: 'literal', 'xml:lang': 'zh-hans', value: '\u4E2D\u6587' },
            d: { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#date', value: '2023-03-05' },
            b: { type: 'bnode', value: 'nodeID://b1' },
          },
        ],
      },
    });
    expect(variables).toEqual(['s', 'l', 'd', 'b', 'u']);
    const row = rows[0];
    expect(row?.get('s')).toMatchObject({ termType: 'NamedNode', value: 'https://e/a' });
    expect(row?.get('l')).toMatchObject({ termType: 'Literal', value: '中文', language: 'zh-hans' });
    expect(row?.get('d')).toMatchObject({ datatype: { value: 'http://www.w3.org/2001/XMLSchema#date' } });
    expect(row?.get('b')?.termType).toBe('BlankNode');
    expect(row?.has('u')).toBe(false);
  });

  it('rejects a body that is not a SELECT result', () => {
    expect(() => parseSelectJson({ boolean: true })).toThrow(/not a SPARQL JSON SELECT result/);
  });
});
