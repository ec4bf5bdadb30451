import { describe, expect, it } from 'vitest';
import { extractInstitutions } from './institution.js';
import { makeTestDoc } from './test-doc.js';

const inst = (text: string, name = '青川市', level: 'province' | 'prefecture' = 'prefecture') =>
  [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level, name } }))].map((m) => [m.name, m.alias]);

describe('extractInstitutions: stationed discipline-inspection groups', () => {
  it('reads 市纪委监委驻市卫生健康委纪检监察组 as one body, its level expanded', () => {
    const found = inst('市卫生健康委召开会议。市纪委监委驻市卫生健康委纪检监察组的同志到会指导。');
    expect(found).toContainEqual(['青川市纪委监委驻市卫生健康委纪检监察组', '市纪委监委驻市卫生健康委纪检监察组']);
    expect(found.map(([n]) => n)).not.toContain('中国共产党青川市纪律检查委员会');
  });

  it('reads the national form in a 抄送 list', () => {
    const found = inst('抄送：中央纪委国家监委驻国家卫生健康委纪检监察组，国家医保局。');
    expect(found.map(([, a]) => a)).toContain('中央纪委国家监委驻国家卫生健康委纪检监察组');
  });

  it('leaves a group that is only part of a title (…纪检监察组组长) to the title', () => {
    const found = inst('省卫生健康委召开会议，省纪委监委驻省卫生健康委纪检监察组组长出席。', '云岭省', 'province');
    expect(found.map(([, a]) => a)).not.toContain('省纪委监委驻省卫生健康委纪检监察组');
  });
});
