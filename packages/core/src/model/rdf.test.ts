import { readFileSync } from 'node:fs';
import { XSD } from '@policy-kg/ontology';
import { describe, expect, it } from 'vitest';
import { formulaCount } from './facts.js';
import { mint } from './iris.js';
import { dateLiteral, decimal, hashKey } from './rdf.js';
import { LIBRARY_VERSION } from './version.js';

describe('literals', () => {
  it('types partial ISO dates as xsd:date, xsd:gYearMonth or xsd:gYear', () => {
    expect(dateLiteral('2022-03-05')?.datatype.value).toBe(XSD.date);
    expect(dateLiteral('2022-03')?.datatype.value).toBe(XSD.gYearMonth);
    expect(dateLiteral('2022')?.datatype.value).toBe(XSD.gYear);
  });

  it('rejects wordings and impossible dates instead of guessing', () => {
    expect(dateLiteral('近五年')).toBeUndefined();
    expect(dateLiteral('2022-13')).toBeUndefined();
    expect(dateLiteral('2022-02-40')).toBeUndefined();
    expect(dateLiteral(undefined)).toBeUndefined();
  });

  it('writes decimals without exponents', () => {
    expect(decimal(5.66).value).toBe('5.66');
    expect(decimal(300).value).toBe('300');
    expect(decimal(1e-7).value).toBe('0.0000001');
    expect(decimal(300).datatype.value).toBe(XSD.decimal);
  });
});

describe('IRIs', () => {
  it('mints the same IRI from the same content, and different ones otherwise', () => {
    expect(mint.official('郭玉芬|place:620000')).toBe(mint.official('郭玉芬|place:620000'));
    expect(mint.official('郭玉芬|place:620000')).not.toBe(mint.official('郭玉芬|place:370000'));
    expect(hashKey('a', 'bc')).not.toBe(hashKey('ab', 'c'));
    expect(mint.document('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBe(
      'https://w3id.org/policy-kg/id/document/9f86d081884c7d659a2feaa0c55ad015',
    );
  });
});

describe('formula counts', () => {
  it('reads the count of a numbered formula', () => {
    expect(formulaCount('两个确立')).toBe(2);
    expect(formulaCount('四个意识')).toBe(4);
    expect(formulaCount('十大新举措')).toBe(10);
    expect(formulaCount('动态清零')).toBeUndefined();
  });
});

it('records the package version as the tool version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(LIBRARY_VERSION).toBe(pkg.version);
});
