import { describe, expect, it } from 'vitest';
import { ParseError } from '../../errors.js';
import { parseSparql } from './parse.js';

describe('parseSparql', () => {
  it('parses a SELECT query', () => {
    const q = parseSparql('SELECT ?s WHERE { ?s ?p ?o }');
    expect(q.type).toBe('query');
  });

  it('drops the backslash of escaped local names (sparqljs keeps it)', () => {
    const q = parseSparql('PREFIX kgid: <http://x/> SELECT * { kgid:place\\/620000 ?p kgid:a\\.b }') as unknown as {
      where: Array<{ triples: Array<{ subject: { value: string }; object: { value: string } }> }>;
    };
    const triple = q.where[0]?.triples[0];
    expect(triple?.subject.value).toBe('http://x/place/620000');
    expect(triple?.object.value).toBe('http://x/a.b');
  });

  it('reports a syntax error with line and column', () => {
    const text = 'SELECT *\nWHERE {\n  ?s ?p }';
    const err = (() => {
      try {
        parseSparql(text);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ParseError);
    const pe = err as ParseError;
    expect(pe.code).toBe('KG_PARSE');
    expect(pe.line).toBe(3);
    expect(pe.column).toBe(9);
    expect(pe.offset).toBe(text.indexOf('}'));
    expect(pe.message).toMatch(/^SPARQL syntax error at line 3, column 9: unexpected "}"; expected /);
  });

  it('reports an unknown prefix as a ParseError at the prefixed name', () => {
    expect(() => parseSparql('SELECT *\n{ ?s ex:a ?o }')).toThrow(
      /^SPARQL syntax error at line 2, column 6: Unknown prefix: ex$/,
    );
  });

  it('rejects a blank-node label shared by two basic graph patterns', () => {
    const text = 'SELECT * WHERE {\n  _:a ?p ?v . { _:a ?q 1 }\n}';
    expect(() => parseSparql(text, { baseIRI: 'http://example.org/' })).toThrow(
      /line 2, column 17: blank node label _:a is used in two basic graph patterns/,
    );
  });

  it('rejects a blank-node label reused across OPTIONAL and UNION', () => {
    expect(() => parseSparql('SELECT * { _:a ?p ?v OPTIONAL { _:a ?q 1 } }')).toThrow(ParseError);
    expect(() => parseSparql('SELECT * { { _:a ?p ?v } UNION { _:a ?q 1 } }')).toThrow(ParseError);
  });

  it('accepts a blank-node label used across a FILTER in one basic graph pattern', () => {
    expect(() => parseSparql('ASK { _:who ?p ?h FILTER(isIRI(?h)) _:who ?q ?s }')).not.toThrow();
  });

  it('rejects SPARQL Update', () => {
    expect(() => parseSparql('INSERT DATA { <http://a> <http://b> <http://c> }')).toThrow(
      /SPARQL Update is not supported/,
    );
  });
});
