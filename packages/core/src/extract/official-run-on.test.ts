import { describe, expect, it } from 'vitest';
import { extractOfficials } from './official.js';
import { nameBeforeNextTitle } from './official-run-on.js';
import { makeTestDoc } from './test-doc.js';

const CITY = { jurisdiction: { level: 'prefecture' as const, name: '江城市' } };
const found = (text: string) =>
  [...extractOfficials(makeTestDoc(text, CITY))].filter((o) => !o.partial).map((o) => [o.name, o.titles]);

describe('extractOfficials: a participant list whose entries ran together', () => {
  it('ends a name where the next entry body + title starts (副局长X|Y医院院长Z)', () => {
    expect(found('参加会议人员:\n市应急管理局副局长邓海明青松纪念医院院长苏立平')).toEqual([
      ['邓海明', ['市应急管理局副局长']],
      ['苏立平', ['青松纪念医院院长']],
    ]);
    expect(found('参加会议人员:\n市妇幼保健院副院长罗丹市政府办公室二科科长梁勇')).toEqual([
      ['罗丹', ['市妇幼保健院副院长']],
      ['梁勇', ['市政府办公室二科科长']],
    ]);
  });

  it('reads no name where a clause, not a body, runs to the next title', () => {
    expect(nameBeforeNextTitle('主任李华带领医院院长', 2, { start: 8 })).toBeUndefined();
    expect(nameBeforeNextTitle('主任李华来我院调研院长', 2, { start: 9 })).toBeUndefined();
    expect(nameBeforeNextTitle('主任李华', 2, undefined)).toBeUndefined();
  });
});

describe('extractOfficials: a teacher of a named school', () => {
  it('reads 第二中学教师X, chained after a member title', () => {
    expect(found('县政协委员、县第二中学教师鲍秀云关注学生健康。')).toEqual([
      ['鲍秀云', ['县政协委员', '县第二中学教师']],
    ]);
  });

  it('reads no name after 教师 in running text (教师和学生, 教师向…)', () => {
    expect(found('组织教师和学生开展健康教育,推动教师向专业化发展。')).toEqual([]);
  });
});

describe('extractOfficials: a profession word in running text', () => {
  it('reads no name before 医生 inside a clause (了解家庭医生签约, 培养全科医生)', () => {
    expect(found('详细了解家庭医生签约服务情况,加快培养全科医生。')).toEqual([]);
  });

  it('still reads a name before 医生 at a phrase start', () => {
    expect(found('随后,王建国医生介绍了筛查流程。')).toEqual([['王建国', ['医生']]]);
  });
});
