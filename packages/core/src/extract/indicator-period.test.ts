import { describe, expect, it } from 'vitest';
import { ingestText } from '../segment/index.js';
import { extractIndicators } from './indicator.js';
import { makeTestDoc, type TestDocOptions } from './test-doc.js';

/** [value, period, target] of each indicator of an invented text. */
const periods = (text: string, options: TestDocOptions = {}) =>
  [...extractIndicators(makeTestDoc(text, options))].map((i) => [i.value, i.period, i.target ?? false]);

const DATED = { published: '2024-06-05' };

describe('indicator periods: a target governs only its own sentence', () => {
  it('gives a value achieved in the sentence after a target its own period (press-conference answer)', () => {
    const text =
      '王明:近年来,我们持续推进城市医疗集团建设,全市已组建医疗集团5个。下一步,我们将力争到2026年底,基层诊疗量占比达到60%以上。\n' +
      '记者:今年的家庭医生签约服务有什么新变化?\n' +
      '市卫生健康委基层卫生处处长李华:今年我们重点做实签约服务,截至4月底,全市重点人群签约率为71.2%。';
    expect(periods(text, DATED)).toEqual([
      [5, '近年来', false],
      [60, '2026', true],
      [71.2, '2024-04', false],
    ]);
  });

  it('does not carry a target year into the next sentence of the paragraph', () => {
    expect(periods('力争到2027年,全县建成医共体4个。全县已建成村卫生室96所。')).toEqual([
      [4, '2027', true],
      [96, undefined, false],
    ]);
    expect(periods('全县村卫生室要在2026年前全部达标,覆盖率达到100%。目前已达标83所。')).toEqual([
      [100, '2026', false],
      [83, undefined, false],
    ]);
  });

  it('keeps the frame of the paragraph across a target sentence', () => {
    expect(periods('2023年,全省新建乡镇卫生院14所。力争到2025年,建成医共体10个。培训乡村医生600人。')).toEqual([
      [14, '2023', false],
      [10, '2025', true],
      [600, '2023', false],
    ]);
  });

  it('gives each part of a plan sentence the nearest expression before it (2025年…,到2027年…)', () => {
    expect(periods('2025年完成90个卫生院改造,到2027年累计完成240个以上。')).toEqual([
      [90, '2025', true],
      [240, '2027', true],
    ]);
  });
});

describe('indicator periods: dates relative to the document', () => {
  it('reads 截至X月底 as a month of the document year, or of the year before for a month still to come', () => {
    expect(periods('截至5月底,全市签约居民达到42.3万人。', DATED)).toEqual([[42.3, '2024-05', false]]);
    expect(periods('截至11月底,全市签约居民达到42.3万人。', { published: '2024-02-10' })).toEqual([
      [42.3, '2023-11', false],
    ]);
    expect(periods('截至2023年底,全省共有疾控机构118个。', DATED)).toEqual([[118, '2023', false]]);
  });

  it('reads a month that looks forward (即日起至, X前, 力争) as still to come, never last year', () => {
    const august = { published: '2025-08-13' };
    expect(periods('即日起至9月15日,全市开展医疗机构专项检查,覆盖300家。', august)).toEqual([
      [300, '2025-09-15', false],
    ]);
    expect(periods('各地要在10月31日前完成200家机构的检查。', august)).toEqual([[200, '2025-10-31', false]]);
    expect(periods('力争11月底全市签约率达到80%。', august)).toEqual([[80, '2025-11', true]]);
    // A span from now past the turn of the year ends in the next one.
    expect(periods('自即日起至3月31日,开展冬春季专项行动,检查门店500家。', { published: '2024-12-20' })).toEqual([
      [500, '2025-03-31', false],
    ]);
  });

  it('keeps a limit already met (已于…前) and a bare 至 cut-off in the year before', () => {
    const january = { published: '2025-01-13' };
    expect(periods('已于12月10日前完成整改问题36个。', january)).toEqual([[36, '2024-12-10', false]]);
    expect(periods('至11月底,全市累计签约42万人。', january)).toEqual([[42, '2024-11', false]]);
  });

  it('reads 今年, 去年 and 今年以来 against the document year', () => {
    expect(periods('今年全市新建村卫生室75所。', DATED)).toEqual([[75, '2024', false]]);
    expect(periods('去年全市新建村卫生室75所。', DATED)).toEqual([[75, '2023', false]]);
    expect(periods('今年以来,累计检测样本5200余份。', DATED)).toEqual([[5200, '2024', false]]);
  });

  it('keeps 今年 as written in a text with no date', () => {
    expect(periods('今年全市新建村卫生室75所。')).toEqual([[75, '今年', false]]);
  });

  it('reads halves, quarters and month ranges as intervals of months', () => {
    expect(periods('上半年,全市门急诊量达到310万人次。', DATED)).toEqual([[310, '2024-01/2024-06', false]]);
    expect(periods('一季度,全市出院患者4.2万人次。', DATED)).toEqual([[4.2, '2024-01/2024-03', false]]);
    expect(periods('今年1至5月,全市门急诊量达到260万人次。', DATED)).toEqual([[260, '2024-01/2024-05', false]]);
    // 每季度 is a frequency, not a quarter.
    expect(periods('每季度开展督导1次。', DATED)).toEqual([[1, undefined, false]]);
  });

  it('reads a value after its clause-mates: 全县198个村卫生室今年全部纳入', () => {
    expect(periods('全县198个村卫生室今年全部纳入一体化管理。', DATED)).toEqual([[198, '2024', false]]);
  });
});

describe('indicator periods: paragraph frames', () => {
  it('carries a paragraph-initial year over the following sentences of its paragraph', () => {
    expect(
      periods('2023年,全省新建乡镇卫生院14所。改造村卫生室320所。培训乡村医生600人;招聘医学毕业生150名。'),
    ).toEqual([
      [14, '2023', false],
      [320, '2023', false],
      [600, '2023', false],
      [150, '2023', false],
    ]);
  });

  it('starts a new paragraph with no year of its own without one', () => {
    expect(periods('2023年,全省新建乡镇卫生院14所。\n全省培训乡村医生600人。')).toEqual([
      [14, '2023', false],
      [600, undefined, false],
    ]);
  });

  it('lets a later clause-opening year replace the frame', () => {
    expect(periods('2022年,全市建成中医馆40个。2023年,全市建成中医馆52个。新增国医馆6个。')).toEqual([
      [40, '2022', false],
      [52, '2023', false],
      [6, '2023', false],
    ]);
  });

  it('gives a base year only to the value right after it, never to later values', () => {
    const text = '全市孕产妇死亡率由2022年的11.3/10万下降到8.6/10万。全市门急诊量超过2600万人次。';
    expect(periods(text)).toEqual([
      [11.3, '2022', false],
      [8.6, undefined, false],
      [2600, undefined, false],
    ]);
    expect(periods('2023年,全市每千人口床位数由2020年的5.1张增加到5.8张。')).toEqual([
      [5.1, '2020', false],
      [5.8, '2023', false],
    ]);
  });

  it('counts 上年 and 年末 from the year the paragraph is about', () => {
    expect(periods('2024年,全市医保基金支出增幅由上年的10.2%降至4.1%。年末全市床位2.6万张。')).toEqual([
      [10.2, '2023', false],
      [4.1, '2024', false],
      [2.6, '2024', false],
    ]);
  });

  it('leaves a placeholder year (202-年) unknown, even inside a framed paragraph', () => {
    expect(periods('2024年,全县新建卫生室10所。到202-年底,全县健康素养水平达到30%以上。')).toEqual([
      [10, '2024', false],
      [30, undefined, false],
    ]);
  });

  it('reads no period from a 《》 title', () => {
    expect(periods('《健康中国行动(2019—2030年)》实施以来,全国建成健康县120个。')).toEqual([[120, undefined, false]]);
  });

  it('dates the attendance of the meeting the text reports', () => {
    expect(periods('会议在市委党校召开。共计260余人参会。', { eventDate: '2023-04-21' })).toEqual([
      [260, '2023-04-21', false],
    ]);
  });
});

describe('indicator periods: sections and titles', () => {
  const docPeriods = (text: string) =>
    [...extractIndicators(ingestText(text)[0] ?? makeTestDoc(''))].map((i) => [i.value, i.period]);

  it('frames a numbered section by the year in its heading', () => {
    const text =
      '某市卫生健康委员会2023年工作总结和2024年工作打算\n\n一、2023年工作总结\n（一）基层卫生。全市新建村卫生室120所。\n' +
      '（二）公共卫生。全市建成发热门诊30家。\n二、2024年工作打算\n一是强基层。新建村卫生室200所左右。\n';
    expect(docPeriods(text)).toEqual([
      [120, '2023'],
      [30, '2023'],
      [200, '2024'],
    ]);
  });

  it('frames a red-header notice by its title line under the banner (关于印发2026年…要点的通知)', () => {
    const text =
      '某市卫生健康委员会文件\n\n某卫发〔2026〕3号\n\n市卫生健康委关于印发2026年全市卫生健康工作要点的通知\n\n' +
      '各县(市、区)卫生健康局:\n现将工作要点印发给你们。\n\n一、强基层\n新建村卫生室30个,县域内就诊率稳定在90%以上。\n';
    expect(docPeriods(text)).toEqual([
      [30, '2026'],
      [90, '2026'],
    ]);
    // A banner with a notice that names no period frames nothing.
    expect(
      docPeriods('某市卫生健康委员会文件\n\n市卫生健康委关于开展义诊活动的通知\n\n各地新建村卫生室30个。\n'),
    ).toEqual([[30, undefined]]);
  });

  it("frames a text by its review's title, not by a meeting's", () => {
    expect(docPeriods('某市2024年卫生健康事业发展统计公报\n\n医疗卫生机构。全市共有医疗卫生机构2613个。\n')).toEqual([
      [2613, '2024'],
    ]);
    expect(docPeriods('在2024年全市卫生健康工作会议上的讲话\n\n同志们:\n全市共有医疗卫生机构2613个。\n')).toEqual([
      [2613, undefined],
    ]);
  });
});
