import { describe, expect, it } from 'vitest';
import { extractOfficials } from './official.js';
import { extractStatements } from './statement.js';
import { makeTestDoc } from './test-doc.js';

const CITY = { jurisdiction: { level: 'prefecture' as const, name: '江城市' } };
const found = (text: string) =>
  [...extractOfficials(makeTestDoc(text, CITY))]
    .filter((o) => !o.partial)
    .map((o) => [o.name, o.titles, o.org ?? null]);

const VISIT = '市人大常委会组织部分市人大代表开展专题视察。\n';

describe('extractOfficials: a congress deputy written name + 代表', () => {
  it('reads X代表认为 and X代表是… as the deputy of the congress the text names', () => {
    expect(found(`${VISIT}龚丽萍代表认为,村医队伍仍需补齐。`)).toContainEqual([
      '龚丽萍',
      ['代表'],
      '江城市人民代表大会',
    ]);
    expect(found(`${VISIT}邵建华代表是镇卫生院院长,他说,血透室已开诊。`)).toContainEqual([
      '邵建华',
      ['代表'],
      '江城市人民代表大会',
    ]);
  });

  it('reads no deputy where 代表 represents someone, or in a text of no congress', () => {
    expect(found(`${VISIT}龚丽萍代表成员单位发言。`).map(([name]) => name)).not.toContain('龚丽萍');
    expect(found('会上,龚丽萍代表认为,要加强村医队伍建设。')).toEqual([]);
  });

  it('gives the deputy the statements after the name and after 他', () => {
    const text = `${VISIT}市卫生健康委主任邹立新汇报了项目进展。邵建华代表是镇卫生院院长,他说,血透室已开诊。`;
    const acts = [...extractStatements(makeTestDoc(text, CITY))].map((s) => [s.speaker, s.verb]);
    expect(acts).toContainEqual(['邵建华', '说']);
    expect(acts).not.toContainEqual(['邹立新', '说']);
  });
});
