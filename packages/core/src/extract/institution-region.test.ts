import { describe, expect, it } from 'vitest';
import { extractInstitutions } from './institution.js';
import { makeTestDoc } from './test-doc.js';

const names = (text: string, name: string, level: 'province' | 'county' = 'province') =>
  [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level, name } }))].map((m) => m.name);

describe('extractInstitutions: a list sharing the 自治区 prefix', () => {
  it('gives each department of the list the region (自治区财政厅、农牧厅、医疗保障局)', () => {
    expect(names('自治区财政厅、农牧厅、医疗保障局等部门要加强协作配合。', '西藏自治区')).toEqual([
      '西藏自治区财政厅',
      '西藏自治区农牧厅',
      '西藏自治区医疗保障局',
    ]);
  });

  it('gives the region, not the text’s district, to the list in a district’s text', () => {
    expect(names('自治区民政厅、医疗保障局联合印发通知。区卫健委、财政局抓好落实。', '赛罕区', 'county')).toEqual([
      '内蒙古自治区民政厅',
      '内蒙古自治区医疗保障局',
      '呼和浩特市赛罕区卫生健康委员会',
      '呼和浩特市赛罕区财政局',
    ]);
  });

  it('shares no prefix with a bare 政府 or a word that is no department (自治区党委、政府; 、农牧民)', () => {
    expect(names('自治区党委、政府高度重视。', '西藏自治区')).toEqual(['中国共产党西藏自治区委员会']);
    expect(names('自治区财政厅、农牧民代表座谈。', '西藏自治区')).toEqual(['西藏自治区财政厅']);
  });
});
