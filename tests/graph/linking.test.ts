import { buildGraph, linkText, mint } from '@policy-kg/core';
import { KG, ORG, RDF, SCHEMA, SKOS } from '@policy-kg/ontology';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { doc, LINKING_DOCS } from './docs.js';

const n = DataFactory.namedNode;

describe('cross-document linking of officials', () => {
  const { store } = buildGraph(Object.keys(LINKING_DOCS).map((name) => doc(name)));
  const officials = [...store.match(null, n(RDF.type), n(KG.Official), null)].map((q) => q.subject.value);
  const named = (name: string) =>
    [...new Set(officials)].filter((o) =>
      [...store.match(n(o), n(SCHEMA.name), null, null)].some((q) => q.object.value === name),
    );

  it('links 王建国 in two 甘肃 texts to one person with two posts, and keeps the 山东 王建国 apart', () => {
    const people = named('王建国');
    expect(people).toHaveLength(2);
    const gansu = linkText(doc('gansu-2021.txt')).officials.find((o) => o.name === '王建国');
    const gansuLater = linkText(doc('gansu-2023.txt')).officials.find((o) => o.name === '王建国');
    const shandong = linkText(doc('shandong-2022.txt')).officials.find((o) => o.name === '王建国');
    expect(gansu?.key).toBe(gansuLater?.key);
    expect(gansu?.key).not.toBe(shandong?.key);
    const gansuIri = n(mint.official(gansu?.key ?? ''));
    const posts = [...store.match(gansuIri, n(ORG.holds), null, null)].map((q) => q.object.value);
    expect(new Set(posts).size).toBe(2);
    const institutions = posts.flatMap((p) =>
      [...store.match(n(p), n(ORG.postIn), null, null)].map((q) => q.object.value),
    );
    expect(new Set(institutions).size).toBe(2);
  });

  it('dates each post by the text that attests it', () => {
    const memberships = [...store.match(null, n(RDF.type), n(KG.Membership), null)].map((q) => q.subject);
    const titles = memberships.map((m) => [...store.match(m, n(KG.title), null, null)][0]?.object.value).sort();
    expect(titles).toEqual(['副省长', '省卫生健康委主任', '省卫生健康委主任']);
  });

  it('never links by name alone: a name with no institution or place stays in its text', () => {
    const a = linkText(doc('x.txt', '会议指出\n李明同志讲话。李明指出,要抓好落实。')).officials;
    const b = linkText(doc('y.txt', '座谈会\n李明同志讲话。李明强调,要改进作风。')).officials;
    expect(a.map((o) => o.name)).toEqual(['李明']);
    expect(b.map((o) => o.name)).toEqual(['李明']);
    for (const o of [...a, ...b]) expect(o.scope).toMatch(/^doc:/);
    expect(a[0]?.key).not.toBe(b[0]?.key);
  });

  it('keeps two officials of one name in two cities of one province apart', () => {
    const city = (c: string) =>
      `${c}卫生健康委员会召开全市卫生健康工作会议\n发布时间:2022-02-10\n2月9日,全市卫生健康工作会议召开。${c}卫生健康委员会主任张志强出席会议并讲话。`;
    const a = linkText(doc('baiyin.txt', city('白银市'))).officials.find((o) => o.name === '张志强');
    const b = linkText(doc('wuwei.txt', city('武威市'))).officials.find((o) => o.name === '张志强');
    expect(a?.scope).toBe('place:620400');
    expect(b?.scope).toBe('place:620600');
  });

  it('links national bodies to the lexicon whatever name a text uses', () => {
    const text = (name: string) =>
      `关于做好防控工作的通知\n发布时间:2022-05-01\n${name}印发通知,要求各地做好防控工作。`;
    const a = linkText(doc('n1.txt', text('国家卫生健康委'))).institutions.find((i) => i.nationalBody);
    const b = linkText(doc('n2.txt', text('国家卫健委'))).institutions.find((i) => i.nationalBody);
    expect(a?.key).toBe('national:national-health-commission');
    expect(b?.key).toBe(a?.key);
  });

  it('resolves institutions to gazetteer places with GB/T 2260 codes', () => {
    const linked = linkText(doc('gansu-2021.txt'));
    const commission = linked.institutions.find((i) => i.name === '甘肃省卫生健康委员会');
    expect(commission?.place?.code).toBe('620000');
    expect(linked.meetings[0]?.place?.code).toBe('620100');
  });
});

describe('evidence across scopes', () => {
  it('links the keys of one person named with a national and a provincial post in one text', () => {
    const text =
      '关于召开全省卫生健康工作会议的通知\n发布时间:2022-03-01\n2月28日,全省卫生健康工作会议在兰州召开。国家卫生健康委副主任李红梅出席会议。会上,甘肃省卫生健康委员会主任李红梅作工作报告。';
    const o = linkText(doc('both.txt', text)).officials.find((x) => x.name === '李红梅');
    expect(o?.posts.map((p) => p.institution.key).sort()).toEqual([
      'name:甘肃省卫生健康委员会',
      'national:national-health-commission',
    ]);
    expect(o?.scope).toBe('place:620000');
    expect(o?.alternateKeys).toEqual(['李红梅|national']);
    const { store } = buildGraph([doc('both.txt', text)]);
    const links = [...store.match(n(mint.official(o?.key ?? '')), n(SKOS.exactMatch), null, null)];
    expect(links.map((q) => q.object.value)).toEqual([mint.official('李红梅|national')]);
  });
});

describe('partial names', () => {
  it('keeps a surname + title speaker (张主任) as a person of its own text only', () => {
    const text =
      '全县卫生健康工作会议召开\n发布时间:2022-03-01\n3月1日,全县卫生健康工作会议召开。张主任指出,要抓好疫情防控。';
    const a = linkText(doc('p1.txt', text)).officials.find((o) => o.partial);
    const b = linkText(doc('p2.txt', `${text}\n`)).officials.find((o) => o.partial);
    expect(a?.name).toBe('张主任');
    expect(a?.scope).toMatch(/^doc:/);
    expect(a?.key).not.toBe(b?.key);
    const { store } = buildGraph([doc('p1.txt', text)]);
    const speakers = [...store.match(null, n(KG.speaker), null, null)].map((q) => q.object.value);
    expect(speakers).toEqual([mint.official(a?.key ?? '')]);
  });
});

describe('national offices', () => {
  it('scopes the holder of a national-only office (总书记) nationally, whichever province the text is from', () => {
    const text = (province: string, city: string) =>
      `${province}卫生健康委员会召开党组会议\n发布时间:2022-04-01\n3月31日,${province}卫生健康委员会党组会议在${city}召开。会议传达学习了张建华总书记重要讲话精神。`;
    const a = linkText(doc('g.txt', text('甘肃省', '兰州'))).officials.find((o) => o.name === '张建华');
    const b = linkText(doc('s.txt', text('山东省', '济南'))).officials.find((o) => o.name === '张建华');
    expect(a?.scope).toBe('national');
    expect(b?.key).toBe(a?.key);
  });
});
