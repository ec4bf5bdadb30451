import { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { QueryEngine } from '../engine.js';

const PREFIX = 'PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n';
const engine = new QueryEngine({ source: new Store() });

/** Evaluates one expression; `undefined` means an expression error (unbound). */
async function ev(
  expr: string,
): Promise<{ value: string; datatype?: string; language?: string; termType: string } | undefined> {
  const rows = await (await engine.queryBindings(`${PREFIX}SELECT (${expr} AS ?v) {}`)).toArray();
  const t = rows[0]?.get('v');
  if (!t) return undefined;
  if (t.termType !== 'Literal') return { value: t.value, termType: t.termType };
  return {
    value: t.value,
    datatype: t.datatype.value.replace('http://www.w3.org/2001/XMLSchema#', 'xsd:'),
    language: t.language,
    termType: t.termType,
  };
}
const value = async (expr: string) => (await ev(expr))?.value;

describe('SPARQL builtins (§17.4)', () => {
  it('compares numbers by value across numeric types', async () => {
    expect(await value('1 = 1.0')).toBe('true');
    expect(await value('1e0 < 2')).toBe('true');
    expect(await value('"01"^^xsd:integer = 1')).toBe('true');
    expect(await value('sameTerm("01"^^xsd:integer, 1)')).toBe('false');
  });

  it('promotes numeric types in arithmetic', async () => {
    expect(await ev('1 + 2')).toMatchObject({ value: '3', datatype: 'xsd:integer' });
    expect(await ev('1 / 2')).toMatchObject({ value: '0.5', datatype: 'xsd:decimal' });
    expect(await ev('1.5 * 2')).toMatchObject({ value: '3.0', datatype: 'xsd:decimal' });
    expect((await ev('1 + 1e0'))?.datatype).toBe('xsd:double');
    expect(await ev('1 / 0')).toBeUndefined();
    expect(await ev('-(3)')).toMatchObject({ value: '-3' });
  });

  it('raises type errors that leave BIND unbound', async () => {
    expect(await ev('"a" + 1')).toBeUndefined();
    expect(await ev('"xyz"^^xsd:integer + 1')).toBeUndefined();
    expect(await ev('?unbound')).toBeUndefined();
    expect(await ev('<http://ex/nope>(1)')).toBeUndefined();
  });

  it('implements logical operators with error semantics', async () => {
    expect(await value('true || (1 + "a")')).toBe('true');
    expect(await value('false && (1 + "a")')).toBe('false');
    expect(await ev('true && (1 + "a")')).toBeUndefined();
    expect(await value('!false')).toBe('true');
    expect(await value('2 IN (1, 2)')).toBe('true');
    expect(await value('3 NOT IN (1, 2)')).toBe('true');
    expect(await value('IF(1 < 2, "y", "n")')).toBe('y');
    expect(await value('COALESCE(?x, 1 + "a", "z")')).toBe('z');
    expect(await value('BOUND(?x)')).toBe('false');
  });

  it('implements the string functions', async () => {
    expect(await value('STRLEN("健康中国")')).toBe('4');
    expect(await ev('SUBSTR("基层人才"@zh, 3)')).toMatchObject({ value: '人才', language: 'zh' });
    expect(await value('SUBSTR("abcdef", 2, 3)')).toBe('bcd');
    expect(await value('UCASE("abc")')).toBe('ABC');
    expect(await value('LCASE("ABC")')).toBe('abc');
    expect(await value('STRSTARTS("健康中国", "健康")')).toBe('true');
    expect(await value('STRENDS("健康中国", "中国")')).toBe('true');
    expect(await value('CONTAINS("健康中国行动", "中国")')).toBe('true');
    expect(await ev('CONTAINS("a"@en, "a"@fr)')).toBeUndefined();
    expect(await value('STRBEFORE("abc", "b")')).toBe('a');
    expect(await value('STRAFTER("abc", "b")')).toBe('c');
    expect(await value('STRAFTER("abc", "z")')).toBe('');
    expect(await value('ENCODE_FOR_URI("a b/中")')).toBe('a%20b%2F%E4%B8%AD');
    expect(await ev('CONCAT("a"@en, "b"@en)')).toMatchObject({ value: 'ab', language: 'en' });
    expect(await ev('CONCAT("a"@en, "b")')).toMatchObject({ value: 'ab', language: '' });
    expect(await value('LANGMATCHES("zh-Hans", "zh")')).toBe('true');
    expect(await value('LANGMATCHES("en", "*")')).toBe('true');
    expect(await value('REGEX("Health", "^h", "i")')).toBe('true');
    expect(await value('REGEX("基层人才", "人才$")')).toBe('true');
    expect(await ev('REGEX("a", "(")')).toBeUndefined();
    expect(await value('REPLACE("abcb", "b", "X")')).toBe('aXcX');
    expect(await value('REPLACE("abc", "(b)", "[$1]")')).toBe('a[b]c');
  });

  it('implements the term functions', async () => {
    expect(await value('STR(<http://ex/a>)')).toBe('http://ex/a');
    expect(await value('LANG("a"@en)')).toBe('en');
    expect(await value('DATATYPE(1)')).toBe('http://www.w3.org/2001/XMLSchema#integer');
    expect(await value('isIRI(<http://ex/a>)')).toBe('true');
    expect(await value('isBLANK(BNODE())')).toBe('true');
    expect(await value('isLITERAL(1)')).toBe('true');
    expect(await value('isNUMERIC("1"^^xsd:integer)')).toBe('true');
    expect(await value('isNUMERIC("x"^^xsd:integer)')).toBe('false');
    expect(await ev('IRI("http://ex/b")')).toMatchObject({ termType: 'NamedNode', value: 'http://ex/b' });
    expect(await ev('STRDT("1", xsd:integer)')).toMatchObject({ datatype: 'xsd:integer' });
    expect(await ev('STRLANG("chat", "fr")')).toMatchObject({ language: 'fr' });
    expect((await ev('UUID()'))?.value).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(await value('STRLEN(STRUUID())')).toBe('36');
  });

  it('implements the numeric functions', async () => {
    expect(await value('ABS(-2)')).toBe('2');
    expect(await value('ROUND(2.5)')).toBe('3.0');
    expect(await value('ROUND(-2.5)')).toBe('-2.0');
    expect(await value('CEIL(1.2)')).toBe('2.0');
    expect(await value('FLOOR(1.8)')).toBe('1.0');
    const r = Number(await value('RAND()'));
    expect(r >= 0 && r < 1).toBe(true);
  });

  it('implements the date and time functions', async () => {
    const dt = '"2011-01-10T14:45:13.815-05:00"^^xsd:dateTime';
    expect(await value(`YEAR(${dt})`)).toBe('2011');
    expect(await value(`MONTH(${dt})`)).toBe('1');
    expect(await value(`DAY(${dt})`)).toBe('10');
    expect(await value(`HOURS(${dt})`)).toBe('14');
    expect(await value(`MINUTES(${dt})`)).toBe('45');
    expect(await value(`SECONDS(${dt})`)).toBe('13.815');
    expect(await ev(`TIMEZONE(${dt})`)).toMatchObject({ value: '-PT5H', datatype: 'xsd:dayTimeDuration' });
    expect(await value(`TZ(${dt})`)).toBe('-05:00');
    expect(await value('YEAR("2020-05-01"^^xsd:date)')).toBe('2020');
    expect(await value('"2020-01-01"^^xsd:date < "2021-01-01"^^xsd:date')).toBe('true');
    expect(await ev('NOW()')).toMatchObject({ datatype: 'xsd:dateTime' });
    expect(await ev('TIMEZONE("2011-01-10T14:45:13"^^xsd:dateTime)')).toBeUndefined();
  });

  it('implements the hash functions', async () => {
    expect(await value('MD5("abc")')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(await value('SHA1("abc")')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(await value('SHA256("abc")')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect((await value('SHA384("abc")'))?.length).toBe(96);
    expect((await value('SHA512("abc")'))?.length).toBe(128);
  });

  it('casts with the XSD constructor functions', async () => {
    expect(await ev('xsd:integer("42")')).toMatchObject({ value: '42', datatype: 'xsd:integer' });
    expect(await ev('xsd:integer(" x")')).toBeUndefined();
    expect(await ev('xsd:decimal(1)')).toMatchObject({ datatype: 'xsd:decimal' });
    expect(await ev('xsd:double("1.5")')).toMatchObject({ datatype: 'xsd:double' });
    expect(await ev('xsd:float(1)')).toMatchObject({ datatype: 'xsd:float' });
    expect(await value('xsd:boolean("1")')).toBe('true');
    expect(await value('xsd:string(1.0)')).toBe('1');
    expect(await value('xsd:string(true)')).toBe('true');
    expect(await ev('xsd:dateTime("2020-01-01T00:00:00Z")')).toMatchObject({ datatype: 'xsd:dateTime' });
    expect(await ev('xsd:dateTime("yesterday")')).toBeUndefined();
  });
});
