import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../errors.js';
import { ingestText } from '../segment/index.js';
import { HashingEmbedder } from './hashing-embedder.js';
import { docPassages } from './passages.js';
import { SearchIndex } from './search-index.js';
import type { SearchItem } from './types.js';

// Invented genre text (a provincial meeting report), not from the corpus.
const REPORT = `某省卫生健康工作会议召开
2023年3月8日,全省卫生健康工作会议在省会召开。省卫生健康委主任张某作工作报告。
会议指出,要加强基层医疗卫生人才队伍建设,落实乡村医生待遇,稳定基层人才。
会议要求,推进公立医院高质量发展,深化县域医共体建设。
会议强调,持续做好疫苗接种工作,筑牢公共卫生防线。`;

const ITEMS: SearchItem[] = [
  {
    id: 'p1',
    kind: 'passage',
    doc: 'd1',
    text: '加强基层医疗卫生人才队伍建设,落实乡村医生待遇',
    date: '2023-03-08',
    place: '甘肃省',
  },
  {
    id: 'p2',
    kind: 'passage',
    doc: 'd1',
    text: '推进公立医院高质量发展,深化县域医共体建设',
    date: '2023-03-08',
    place: '甘肃省',
  },
  {
    id: 's1',
    kind: 'statement',
    doc: 'd2',
    text: '基层人才引进和待遇落实要抓紧',
    speaker: '郭某',
    date: '2022-02-17',
    place: '兰州市',
    entities: ['urn:official:1'],
  },
  { id: 'e1', kind: 'slogan', text: '健康中国', meta: { label: '健康中国' } },
];

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'kg-search-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function built(options: ConstructorParameters<typeof SearchIndex>[0] = {}): Promise<SearchIndex> {
  const index = new SearchIndex(options);
  await index.add(ITEMS);
  return index;
}

describe('SearchIndex', () => {
  it('finds passages of a paraphrased question, in every mode, with their fields', async () => {
    const index = await built();
    for (const mode of ['hybrid', 'bm25', 'dense'] as const) {
      const [top] = await index.search('乡村医生待遇怎么落实', { k: 3, mode });
      expect(top?.id, mode).toBe('p1');
    }
    const [hit] = await index.search('基层人才待遇', { k: 1, kind: 'statement' });
    expect(hit).toMatchObject({
      id: 's1',
      kind: 'statement',
      doc: 'd2',
      speaker: '郭某',
      entities: ['urn:official:1'],
    });
    expect(hit?.detail.bm25?.rank).toBe(1);
  });

  it('returns hits carrying document, span offsets, quote, score and linked entities', async () => {
    const [doc] = ingestText(REPORT, { name: 'report.txt' });
    const d = doc as NonNullable<typeof doc>;
    const index = new SearchIndex();
    await index.add([...docPassages(d)].map((p) => ({ ...p, entities: ['urn:doc:report'] })));
    const hits = await index.search('基层医生留不住怎么办', { k: 3 });
    const top = hits[0];
    expect(top?.text).toContain('稳定基层人才');
    expect(top?.doc).toBe(d.id);
    expect(d.text.slice(top?.span?.start, top?.span?.end).trim()).toBe(top?.text);
    expect(top?.quote).toBeTruthy();
    expect(top?.entities).toEqual(['urn:doc:report']);
    expect(typeof top?.score).toBe('number');
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('reaches an item through its place and speaker even where its text does not name them', async () => {
    const index = await built();
    expect((await index.search('兰州 人才待遇', { k: 1 }))[0]?.id).toBe('s1'); // place 兰州市 not in its text
    expect((await index.search('郭某讲的人才待遇', { k: 1 }))[0]?.id).toBe('s1'); // speaker not in its text
    expect((await index.search('甘肃 人才待遇', { k: 1 }))[0]?.id).toBe('p1');
    expect(index.get('s1')?.text).toBe('基层人才引进和待遇落实要抓紧'); // the context is indexed, not added to the text
  });

  it('answers a Traditional-script query like its Simplified form', async () => {
    const index = await built();
    const trad = await index.search('鄉村醫生待遇怎麼落實', { k: 4 });
    const simp = await index.search('乡村医生待遇怎么落实', { k: 4 });
    expect(trad.map((h) => h.id)).toEqual(simp.map((h) => h.id));
    expect(trad[0]?.id).toBe('p1');
  });

  it('filters by kind, speaker, place, date range and document', async () => {
    const index = await built();
    const ids = async (o: Parameters<SearchIndex['search']>[1]) =>
      (await index.search('基层人才', { k: 10, ...o })).map((h) => h.id).sort();
    const kinds = await index.search('基层人才', { k: 10, kind: ['statement', 'slogan'] });
    expect(kinds[0]?.id).toBe('s1');
    expect(kinds.every((h) => h.kind === 'statement' || h.kind === 'slogan')).toBe(true);
    expect(await ids({ speaker: '郭' })).toEqual(['s1']);
    expect(await ids({ place: '甘肃' })).toEqual(['p1', 'p2']);
    expect(await ids({ from: '2023-01', to: '2023-12-31' })).toEqual(['p1', 'p2']);
    expect(await ids({ to: '2022' })).toEqual(['s1']);
    expect(await ids({ doc: 'd2' })).toEqual(['s1']);
    expect(await ids({ doc: 'none' })).toEqual([]);
  });

  it('removes a changed document and indexes its new version', async () => {
    const index = await built();
    expect([...index.documents()].sort()).toEqual(['d1', 'd2']);
    expect(index.remove('d1')).toBe(2);
    expect([...index.documents()]).toEqual(['d2']);
    expect(index.remove('d1')).toBe(0);
    expect((await index.search('公立医院高质量发展', { k: 5 })).map((h) => h.id)).not.toContain('p2');
    await index.add([{ id: 'p2b', kind: 'passage', doc: 'd1', text: '推进公立医院改革' }]);
    expect((await index.search('公立医院', { k: 1 }))[0]?.id).toBe('p2b');
    expect(index.size).toBe(3);
  });

  it('replaces an item re-added under the same id', async () => {
    const index = await built();
    await index.add([{ id: 'p1', kind: 'passage', doc: 'd1', text: '中医药振兴发展' }]);
    expect(index.size).toBe(4);
    expect((await index.search('中医药', { k: 1 }))[0]?.id).toBe('p1');
    expect((await index.search('乡村待遇', { k: 4, mode: 'bm25' })).map((h) => h.id)).not.toContain('p1');
  });

  it('searches an empty index, saves and loads it', async () => {
    const index = new SearchIndex();
    expect(await index.search('人才')).toEqual([]);
    const dir = tmp();
    index.save(dir);
    const back = await SearchIndex.load(dir);
    expect(back.size).toBe(0);
    expect(back.loadReport.rebuilt).toBe(false);
    expect(back.searchSync('人才')).toEqual([]);
  });

  it('round-trips through save and load with identical results', async () => {
    const index = await built();
    index.remove('d2');
    const dir = tmp();
    index.save(dir);
    const back = await SearchIndex.load(dir, { embedder: new HashingEmbedder() });
    expect(back.loadReport).toEqual({ rebuilt: false });
    expect(back.size).toBe(3);
    for (const q of ['基层人才', '公立医院', '健康中国']) expect(await back.search(q)).toEqual(await index.search(q));
  });

  it('rebuilds the vectors when the embedder changed, and says so', async () => {
    const dir = tmp();
    (await built()).save(dir);
    const other = new HashingEmbedder({ dimension: 256 });
    const back = await SearchIndex.load(dir, { embedder: other });
    expect(back.loadReport).toMatchObject({ rebuilt: true, code: 'KG_INDEX_MISMATCH' });
    expect(back.loadReport.reason).toContain(other.id);
    expect((await back.search('乡村医生待遇', { mode: 'dense', k: 1 }))[0]?.id).toBe('p1');
    // the rebuilt vectors were saved: the next load trusts them
    expect((await SearchIndex.load(dir, { embedder: other })).loadReport.rebuilt).toBe(false);
  });

  it('rebuilds the vectors from a corrupt index file, never using it', async () => {
    const dir = tmp();
    (await built()).save(dir);
    const file = join(dir, 'vectors.bin');
    const bytes = readFileSync(file);
    for (let i = 0; i < bytes.length; i += 7) bytes[i] = (bytes[i] as number) ^ 0x5a;
    writeFileSync(file, bytes);
    const back = await SearchIndex.load(dir);
    expect(back.loadReport).toMatchObject({ rebuilt: true, code: 'KG_INDEX_CORRUPT' });
    expect((await back.search('乡村医生待遇', { mode: 'dense', k: 1 }))[0]?.id).toBe('p1');
  });

  it('throws a typed error when the items themselves are damaged or absent', async () => {
    const dir = tmp();
    (await built()).save(dir);
    writeFileSync(join(dir, 'items.jsonl'), '{"id":"x"');
    await expect(SearchIndex.load(dir)).rejects.toMatchObject({ code: 'KG_INDEX_CORRUPT' });
    await expect(SearchIndex.load(dir)).rejects.toBeInstanceOf(ValidationError);
    await expect(SearchIndex.load(tmp())).rejects.toBeInstanceOf(NotFoundError);
  });

  it('moves from exact to HNSW search at the threshold and persists the graph', async () => {
    const index = new SearchIndex({ exactThreshold: 20 });
    const items = Array.from({ length: 60 }, (_, i) => ({
      id: `x${i}`,
      kind: 'passage',
      text: `第${i}项 ${'基层人才医疗卫生疫苗医院'.slice(i % 10, (i % 10) + 3)}`,
    }));
    await index.add(items);
    expect(index.vectorIndexType).toBe('hnsw');
    const dir = tmp();
    index.save(dir);
    const back = await SearchIndex.load(dir, { exactThreshold: 20 });
    expect(back.vectorIndexType).toBe('hnsw');
    expect(await back.search('疫苗医院', { k: 5 })).toEqual(await index.search('疫苗医院', { k: 5 }));
  });

  it('rejects malformed items and bad k with typed errors', async () => {
    const index = new SearchIndex();
    await expect(index.add([{ id: '', kind: 'passage', text: 'x' }])).rejects.toMatchObject({ code: 'KG_USAGE' });
    await expect(index.search('x', { k: -1 })).rejects.toMatchObject({ code: 'KG_USAGE' });
  });
});

describe('docPassages', () => {
  it('packs sentences of one block into passages with spans, quotes, date', () => {
    const [doc] = ingestText(REPORT, { name: 'report.txt' });
    expect(doc).toBeDefined();
    const passages = [...docPassages(doc as NonNullable<typeof doc>)];
    expect(passages.length).toBeGreaterThanOrEqual(3);
    for (const p of passages) {
      expect(p.doc).toBe(doc?.id);
      expect(doc?.text.slice(p.span?.start, p.span?.end).trim()).toBe(p.text);
      expect(p.text.length).toBeLessThan(150 + 40); // a packed passage plus at most one joined short one
      expect(p.quote).toBeTruthy();
    }
    expect(passages.some((p) => p.text.includes('乡村医生待遇'))).toBe(true);
  });

  it('joins a passage shorter than minChars (a heading) to the next one; minChars 0 keeps it alone', () => {
    const [doc] = ingestText(REPORT, { name: 'report.txt' });
    const d = doc as NonNullable<typeof doc>;
    const joined = [...docPassages(d)];
    const first = joined[0];
    expect(first?.text.startsWith('某省卫生健康工作会议召开')).toBe(true);
    expect(first?.text).toContain('省卫生健康委主任张某作工作报告');
    expect(d.text.slice(first?.span?.start, first?.span?.end).trim()).toBe(first?.text);
    expect(joined.every((p) => p.text.length >= 40 || p === joined.at(-1))).toBe(true);
    const alone = [...docPassages(d, { minChars: 0 })];
    expect(alone[0]?.text).toBe('某省卫生健康工作会议召开');
    expect(alone.length).toBeGreaterThan(joined.length);
  });
});
