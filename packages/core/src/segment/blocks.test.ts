import { describe, expect, it } from 'vitest';
import { blocksOf, findMarker } from './blocks.js';
import { splitTextLines } from './lines.js';

describe('findMarker', () => {
  it.each([
    ['一是今年9月份,县医院顺利通过评审', '一是'],
    ['(三)增强医疗机构服务能力', '(三)'],
    ['二、存在困难和问题', '二、'],
    ['01', '01'],
    ['■ 以疾控体制改革为引领', '■'],
    ['2.加强重点人群健康服务。', '2.'],
    ['3、做好每日晨检', '3、'],
    ['第五大局观念有一定差距', '第五'],
  ])('finds the marker of %s', (line, marker) => {
    expect(findMarker(line)).toBe(marker);
  });

  it.each(['2022年全省卫生健康工作', '3.5亿元用于', '一季度开始', '12月31日前完成'])(
    'finds no marker in %s',
    (line) => {
      expect(findMarker(line)).toBeUndefined();
    },
  );
});

describe('blocksOf', () => {
  it('tells the title, headings, list items and paragraphs apart', () => {
    const text = [
      '全县卫生健康工作会议讲话',
      '同志们:',
      '一、2021年工作回顾',
      '一是今年9月份,县医院顺利通过三级综合评审验收,县妇保院顺利通过三级专科评审验收,还被国家遴选为试点医院。',
      '过去一年,全县卫生健康工作取得了显著成绩,群众就医体验持续改善。',
    ].join('\n');
    const blocks = blocksOf(splitTextLines(text), { title: true });
    expect(blocks.map((b) => [b.kind, b.marker])).toEqual([
      ['title', undefined],
      ['paragraph', undefined],
      ['heading', '一、'],
      ['list-item', '一是'],
      ['paragraph', undefined],
    ]);
  });

  it('does not take a salutation or a sentence for a title', () => {
    expect(blocksOf(splitTextLines('同志们:\n会议召开。'), { title: true })[0]?.kind).toBe('paragraph');
    expect(blocksOf(splitTextLines('会议在北京召开。'), { title: true })[0]?.kind).toBe('paragraph');
  });
});
