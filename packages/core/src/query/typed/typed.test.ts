import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../pipeline.js';
import { RemoteQuerySource, type RemoteTarget } from '../../remote/index.js';
import { ingestText } from '../../segment/index.js';
import {
  indicators,
  institutionsUnder,
  localQuerySource,
  meetings,
  officialPosts,
  statements,
  timeline,
  timelineCounts,
} from './index.js';
import type { QuerySource } from './source.js';
import { sparqlTerm } from './terms.js';

// Two short reports written for these tests in the genre's forms (title, date
// line, who attended, who said what, indicator sentences).
const DOCS: Record<string, string> = {
  'a.txt':
    '宁夏回族自治区卫生健康委员会召开全区卫生健康工作会议\n发布时间:2022-02-11\n2月10日,全区卫生健康工作会议在银川召开。自治区卫生健康委主任马建华出席会议并讲话。马建华强调,要全面推进“健康宁夏”建设,抓好疫情防控。会议指出,2021年全区孕产妇死亡率降至10.5/10万,人均预期寿命达到76.5岁。',
  'b.txt':
    '宁夏回族自治区人民政府召开全区医疗保障工作会议\n发布时间:2023-05-09\n5月8日,全区医疗保障工作会议在银川召开。副主席马建华出席会议并讲话。马建华指出,要持续推进“健康宁夏”建设,到2025年人均预期寿命达到78岁。',
};
const { store } = buildGraph(Object.entries(DOCS).flatMap(([name, text]) => ingestText(text, { name })));
const source = localQuerySource(store);

describe('typed queries', () => {
  it('finds statements by speaker, topic and date range, with the quoted span', async () => {
    const rows = await statements(source, { speaker: '马建华', topic: '健康宁夏' });
    expect(rows.map((r) => [r.date, r.verb, r.meetingName])).toEqual([
      ['2022-02-10', '强调', '全区卫生健康工作会议'],
      ['2023-05-08', '指出', '全区医疗保障工作会议'],
    ]);
    const first = rows[0];
    expect(first?.provenance.quote).toBe('要全面推进“健康宁夏”建设,抓好疫情防控。');
    // Offsets are code points into the original file's text.
    expect([...(DOCS['a.txt'] ?? '')].slice(first?.provenance.start, first?.provenance.end).join('')).toBe(
      first?.provenance.quote,
    );
    expect((await statements(source, { speaker: '马建华', topic: '健康宁夏', from: '2023' })).length).toBe(1);
    expect(
      (await statements(source, { speaker: '马建华', to: '2022-12' })).every((r) => r.date?.startsWith('2022')),
    ).toBe(true);
  });

  it('filters statements by place (sub-places included) and meeting', async () => {
    expect((await statements(source, { place: '宁夏', speaker: '马建华' })).length).toBeGreaterThan(0);
    expect(await statements(source, { place: '甘肃' })).toEqual([]);
    // A statement without any place gets no place name (never a label of some other resource).
    for (const r of await statements(source, {})) if (r.place === undefined) expect(r.placeName).toBeUndefined();
    for (const r of await timeline(source, { label: '健康宁夏' }))
      if (r.place === undefined) expect(r.placeName).toBeUndefined();
    const byMeeting = await statements(source, { meeting: '医疗保障' });
    expect(byMeeting.length).toBeGreaterThan(0);
    expect(byMeeting.every((r) => r.meetingName === '全区医疗保障工作会议')).toBe(true);
  });

  it('treats values as data: quotes and braces in a filter cannot change the query', async () => {
    expect(await statements(source, { speaker: '马建华" } UNION { ?s ?p ?o } #' })).toEqual([]);
    expect(await statements(source, { topic: '\\' })).toEqual([]);
    expect(sparqlTerm(DataFactory.literal('a"b\\c\n'))).toBe('"a\\"b\\\\c\\n"');
    expect(() => sparqlTerm(DataFactory.namedNode('http://x/> . ?s ?p ?o'))).toThrow(/IRI/);
  });

  it('rejects a malformed date with a usage error', async () => {
    await expect(statements(source, { from: 'last year' })).rejects.toThrow(/bad date/);
  });

  it("lists an official's posts over time", async () => {
    const rows = await officialPosts(source, { name: '马建华' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]?.title).toBe('自治区卫生健康委主任');
    expect(rows[0]?.date).toBe('2022-02-10');
    expect(rows[0]?.provenance.quote).toContain('马建华');
  });

  it("gives a slogan's timeline by year and the counts per place and year", async () => {
    const rows = await timeline(source, { label: '健康宁夏' });
    expect(rows.map((r) => r.year)).toEqual([2022, 2023]);
    expect(rows.every((r) => r.provenance.quote === '健康宁夏')).toBe(true);
    expect(timelineCounts(rows).map((c) => [c.year, c.mentions])).toEqual([
      [2022, 1],
      [2023, 1],
    ]);
    expect(await timeline(source, { label: '健康宁夏', from: '2023' })).toHaveLength(1);
  });

  it('finds indicators by metric and meetings by date', async () => {
    const life = await indicators(source, { metric: '人均预期寿命' });
    expect(life.map((r) => r.value).sort()).toEqual([76.5, 78]);
    expect(life.every((r) => r.provenance.quote?.includes('岁'))).toBe(true);
    const ms = await meetings(source, { from: '2023' });
    expect(ms.map((m) => m.name)).toEqual(['全区医疗保障工作会议']);
  });
});

describe('typed queries through the remote seam', () => {
  it('run unchanged on RemoteQuerySource, which sends each whole query to the server', async () => {
    const sent: string[] = [];
    // A stand-in server: answers each whole query with our engine over the same store.
    const target = {
      select: async (query: string) => {
        sent.push(query);
        const rows = (await await source.queryBindings(query)) as AsyncIterable<RDF.Bindings> | Iterable<RDF.Bindings>;
        const out: Array<Map<string, RDF.Term>> = [];
        for await (const b of rows) out.push(new Map([...b].map(([k, v]) => [k.value, v])));
        return { variables: [], rows: out };
      },
    } as unknown as RemoteTarget;
    const remote: QuerySource = new RemoteQuerySource(target);
    const viaRemote = await statements(remote, { speaker: '马建华', topic: '健康宁夏' });
    expect(viaRemote).toEqual(await statements(source, { speaker: '马建华', topic: '健康宁夏' }));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('VALUES (?speakerQ ?topicQ) { ("马建华" "健康宁夏") }');
  });
});

describe('typed queries on the corpus', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { ingestBytes } = await import('../../segment/index.js');
  const dir = new URL('../../../../../examples/corpus/', import.meta.url);
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((name) => ingestBytes(readFileSync(new URL(name, dir)), { name }));
  const corpus = localQuerySource(buildGraph(docs).store);

  it('answers who-said, institutions under 国务院 and a timeline with provenance', async () => {
    const said = await statements(corpus, { speaker: '郭玉芬' });
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((r) => r.speakerName === '郭玉芬' && r.provenance.document.length > 0)).toBe(true);
    const under = await institutionsUnder(corpus, { parent: '国务院' });
    expect(under.map((r) => r.label)).toContain('中华人民共和国国家卫生健康委员会');
    const tl = await timeline(corpus, { label: '健康中国' });
    expect(tl.length).toBeGreaterThan(0);
    expect(tl.every((r) => (r.provenance.quote ?? '').length > 0)).toBe(true);
  });
});
