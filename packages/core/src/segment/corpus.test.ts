import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestFile, textDate } from './index.js';
import type { Doc } from './types.js';

const corpus = (name: string): string => fileURLToPath(new URL(`../../../../examples/corpus/${name}`, import.meta.url));
const textOf = (doc: Doc, span: { start: number; end: number }): string => doc.text.slice(span.start, span.end);

describe('ingesting the bundled corpus', () => {
  it('reads the web page 000: chrome removed, published 2022-03-05, meeting on 2022-02-17, provincial', async () => {
    const [doc, ...rest] = await ingestFile(corpus('000_97935c6e3442e2c0.txt'));
    expect(rest).toHaveLength(0);
    expect(doc?.meta).toMatchObject({
      title: '2022年全省卫生健康工作暨党风廉政建设会议召开',
      published: '2022-03-05',
      eventDate: '2022-02-17',
      source: '管理员',
      // No province is named in the lead: the cities it names (兰州, 白银市, 武威市 …) all lie in 甘肃省.
      jurisdiction: { level: 'province', name: '甘肃省', code: '620000' },
    });
    expect(doc?.blocks[0]?.kind).toBe('title');
    // The removed chrome lines are still evidence for the fields they gave.
    expect(doc?.meta.evidence?.published?.quote).toBe('• 发布日期:2022-03-05');
    expect(doc?.meta.evidence?.source?.quote).toBe('• 来源:管理员');
    expect(doc?.meta.evidence?.eventDate?.quote).toBe('2月17日');
    expect(doc?.text).not.toMatch(/加入收藏|当前位置|浏览量|附件下载/);
    // The original file still holds the chrome: the title maps back into the raw page after it.
    const title = doc?.origin.locate(doc.blocks[0]?.span ?? { start: 0, end: 0 });
    expect(title?.quote).toBe('2022年全省卫生健康工作暨党风廉政建设会议召开');
    expect(readFileSync(corpus('000_97935c6e3442e2c0.txt'), 'utf8').slice(0, title?.utf16.start)).toContain('当前位置');
  });

  it('splits the collection 001 into its 19 speeches, each with its own title', async () => {
    const docs = await ingestFile(corpus('001_026bdf8566b51d5e.txt'));
    expect(docs).toHaveLength(19);
    expect(docs.map((d) => d.index)).toEqual([...Array(19).keys()]);
    expect(docs.map((d) => d.id)[3]).toBe('001_026bdf8566b51d5e.txt#3');
    const titles = docs.map((d) => d.meta.title);
    expect(titles[0]).toBe('在卫生健康工作会议上的讲话范文');
    expect(titles[10]).toBe('全县卫生健康工作会议讲话');
    expect(titles[17]).toBe('副市长在全市卫生健康工作会议上的讲话');
    expect(titles.every((t) => t !== undefined && /讲话/.test(t))).toBe(true);
    for (const doc of docs) {
      expect(doc.meta.collectionTitle).toBe('在卫生健康工作会议上的讲话精神(热门19篇)');
      expect(doc.meta.published).toBe('2023-11-19');
      expect(doc.text.startsWith(doc.meta.title ?? '?')).toBe(true);
    }
    // The first speech opens with its salutation, right after the title.
    expect(textOf(docs[0] as Doc, (docs[0] as Doc).blocks[1]?.span ?? { start: 0, end: 0 })).toBe('各位领导,同志们:');
    // Texts do not overlap and follow each other in the file.
    const starts = docs.map((d) => d.origin.locate({ start: 0, end: 1 }).utf16.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('keeps placeholders of the collection as placeholders, never values', async () => {
    const docs = await ingestFile(corpus('001_026bdf8566b51d5e.txt'));
    const forms = new Set(docs.flatMap((d) => d.placeholders.map((p) => textOf(d, p))));
    for (const form of ['xx', 'x', '202-', '20xx', '20-']) expect(forms).toContain(form);
    // "x月28日上午,202-年…" gives no event date.
    const blanked = docs.find((d) => d.text.includes('x月28日上午'));
    expect(blanked?.meta.eventDate).toBeUndefined();
    expect(blanked?.diagnostics.some((d) => d.code === 'KG_PLACEHOLDER')).toBe(true);
    // "1月28日上午,2021年全县…会议" takes its year from the meeting's name, not the 2023 repost.
    const named = docs.find((d) => d.text.includes('1月28日上午,2021年全县'));
    expect(named?.meta.eventDate).toBe('2021-01-28');
  });

  it('dates the speeches of 001 only from their own text, never from the page (issue 3)', async () => {
    const docs = await ingestFile(corpus('001_026bdf8566b51d5e.txt'));
    expect(docs.every((d) => d.meta.inCollection === true)).toBe(true);
    // Only the speech that dates its meeting (1月28日 … 2021年…会议) has a date; the page's 2023-11-19 dates none.
    expect(docs.map((d) => textDate(d.meta)).filter((d) => d !== undefined)).toEqual(['2021-01-28']);
    const [single] = await ingestFile(corpus('000_97935c6e3442e2c0.txt'));
    expect(single?.meta.inCollection).toBeUndefined();
    expect(single && textDate(single.meta)).toBe('2022-02-17');
  });

  it('reads the Traditional page 002 without pinyin, in Simplified, published and held 2022-01-27, national', async () => {
    const [doc] = await ingestFile(corpus('002_7892a74117204309.txt'));
    expect(doc?.meta).toMatchObject({
      title: '2022年全国卫生健康工作会议在北京召开',
      published: '2022-01-27',
      eventDate: '2022-01-27',
      source: '国家卫生健康委',
      jurisdiction: { level: 'national' },
    });
    // Readings follow Han characters; one reading in the source follows mojibake (嗅t(yī)) and is left alone.
    expect(doc?.text).not.toMatch(/\p{Script=Han}\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u);
    expect(doc?.text).not.toMatch(/[會議衛國開強調]/u);
    expect(doc?.text).toContain('国家卫生健康委党组书记、主任马晓伟出席会议并讲话');
    // The Simplified 会议 maps back to the Traditional original with its reading.
    const at = doc?.text.indexOf('会议强调') ?? -1;
    expect(doc?.origin.locate({ start: at, end: at + 4 }).quote).toBe('會(huì)議強(qiáng)調');
  });

  it('repairs the PDF text 003: no spaces between CJK characters, page-broken sentences rejoined', async () => {
    const [doc] = await ingestFile(corpus('003_46f81d3ff4850598.txt'));
    expect(doc?.text).not.toMatch(/[\p{Script=Han}\u3000-\u303f] +[\p{Script=Han}\u3000-\u303f]/u);
    expect(doc?.meta.title).toBe('守正创新开创卫生健康事业高质量发展新格局');
    expect(doc?.meta.jurisdiction).toEqual({ level: 'prefecture', name: '吕梁市', code: '141100' });
    expect(doc?.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['KG_PDF_REPAIRED', 'KG_EVENT_YEAR_UNKNOWN']),
    );
    const sentence = doc?.sentences.find((s) => textOf(doc, s.span).includes('始终处于应急状态'));
    expect(sentence).toBeDefined();
    const markers = doc?.blocks.filter((b) => b.marker === '■');
    expect(markers?.length).toBeGreaterThanOrEqual(5);
  });

  it('reads the web page 004: headings, numbered 01–07 sections, meeting on 2023-04-18', async () => {
    const [doc] = await ingestFile(corpus('004_c43a63376113f348.txt'));
    expect(doc?.meta.eventDate).toBe('2023-04-18');
    expect(doc?.meta.jurisdiction).toEqual({ level: 'prefecture', name: '杭州市', code: '330100' });
    expect(doc?.blocks.filter((b) => b.marker !== undefined).map((b) => b.marker)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
    ]);
    const headings = doc?.blocks.filter((b) => b.kind === 'heading').map((b) => textOf(doc, b.span));
    expect(headings).toContain('笃行实干开新篇,在高质量发展上积厚成势');
    expect(doc?.text.endsWith('朗读')).toBe(false);
  });
});
