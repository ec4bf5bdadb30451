import { describe, expect, it } from 'vitest';
import { Bm25Index } from './bm25.js';

describe('Bm25Index', () => {
  it('ranks the passage sharing the rarer character bigrams first', () => {
    const bm = new Bm25Index();
    bm.add('talent', '加强基层卫生人才队伍建设，落实人才待遇');
    bm.add('vaccine', '推进新冠病毒疫苗接种工作');
    bm.add('hospital', '推动公立医院高质量发展');
    const hits = bm.search('基层人才怎么留住');
    expect(hits[0]?.id).toBe('talent');
    expect(hits.map((h) => h.id)).not.toContain('vaccine');
  });

  it('matches a Traditional query against Simplified text', () => {
    const bm = new Bm25Index();
    bm.add('a', '医疗卫生体制改革');
    bm.add('b', '疫情防控');
    expect(bm.search('醫療衛生體制')[0]?.id).toBe('a');
  });

  it('removes and replaces texts incrementally', () => {
    const bm = new Bm25Index();
    bm.add('a', '中医药振兴发展');
    bm.add('b', '中医药人才培养');
    expect(bm.remove('a')).toBe(true);
    expect(bm.remove('a')).toBe(false);
    expect(bm.search('中医药').map((h) => h.id)).toEqual(['b']);
    bm.add('b', '老年健康服务');
    expect(bm.search('中医药')).toEqual([]);
    expect(bm.size).toBe(1);
  });

  it('applies the filter before taking the best k', () => {
    const bm = new Bm25Index();
    bm.add('x1', '健康扶贫 健康扶贫');
    bm.add('y1', '健康扶贫');
    expect(bm.search('健康扶贫', { k: 1, filter: (id) => id.startsWith('y') }).map((h) => h.id)).toEqual(['y1']);
  });

  it('returns nothing on an empty index or a query of only function characters', () => {
    const bm = new Bm25Index();
    expect(bm.search('人才')).toEqual([]);
    bm.add('a', '人才');
    expect(bm.search('怎么的了')).toEqual([]);
  });
});

describe('Bm25Index skip-bigrams', () => {
  const TEXTS = {
    abbr: '深化医改工作持续推进',
    o1: '医疗服务能力不断提升',
    o2: '医疗卫生机构建设',
    o3: '医疗保障水平',
  };
  const build = (options: ConstructorParameters<typeof Bm25Index>[0]) => {
    const bm = new Bm25Index(options);
    for (const [id, text] of Object.entries(TEXTS)) bm.add(id, text);
    return bm;
  };

  it('reaches an abbreviation from a query written in full (医疗改革 → 医改)', () => {
    const score = (bm: Bm25Index) => bm.search('医疗改革').find((h) => h.id === 'abbr')?.score ?? 0;
    expect(build({}).search('医疗改革')[0]?.id).toBe('abbr');
    expect(score(build({}))).toBeGreaterThan(score(build({ skipWeight: 0 })));
    expect(build({}).search('卫生健康')).toEqual(build({ skipWeight: 0 }).search('卫生健康')); // 卫健 not indexed
  });

  it('reaches a text written in full from an abbreviating query (卫健委 → 卫生健康委)', () => {
    const bm = new Bm25Index();
    bm.add('full', '市卫生健康委党组书记作工作报告');
    bm.add('other', '市教育局党组书记作工作报告');
    expect(bm.search('卫健委工作报告')[0]?.id).toBe('full');
    const off = new Bm25Index({ skipWeight: 0 });
    off.add('full', '市卫生健康委党组书记作工作报告');
    off.add('other', '市教育局党组书记作工作报告');
    const score = (b: Bm25Index) => b.search('卫健委工作报告').find((h) => h.id === 'full')?.score ?? 0;
    expect(score(bm)).toBeGreaterThan(score(off));
  });
});

describe('Bm25Index context', () => {
  it('indexes a context (the place) with the text, so a query naming it prefers that text', () => {
    const bm = new Bm25Index();
    bm.add('a', '会议由副主任主持', { context: '吕梁市' });
    bm.add('b', '会议由副主任主持', { context: '杭州市' });
    expect(bm.search('杭州的会议由谁主持')[0]?.id).toBe('b');
    expect(bm.search('吕梁会议主持')[0]?.id).toBe('a');
    expect(bm.search('杭州')).toHaveLength(1);
  });
});
