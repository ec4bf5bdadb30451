import { describe, expect, it } from 'vitest';
import { ingestText } from '../segment/index.js';
import { extractMeetings } from './meeting.js';
import { planYear } from './meeting-dates.js';
import { extractMentions } from './run.js';
import { makeTestDoc, type TestDocOptions } from './test-doc.js';
import type { MeetingMention } from './types.js';

const row = (m: MeetingMention) => [m.name, m.date ?? null, m.location ?? null];
const held = (text: string, options: TestDocOptions = {}) => [...extractMeetings(makeTestDoc(text, options))].map(row);
/** Meetings of a page as ingestion reads it (chrome removed), through the compacting runner. */
const paged = (page: string) =>
  [...extractMentions(ingestText(page)[0] ?? makeTestDoc(''))]
    .filter((m): m is MeetingMention => m.kind === 'meeting')
    .map((m) => [m.name, m.date ?? null, m.location ?? null, m.chair ?? null]);

describe('extractMeetings: a record of the meeting (实录, 纪要) and its header fields', () => {
  const presser = [
    '江城市推进分级诊疗新闻发布会实录',
    '时间：2025年9月3日（星期三）下午3:00',
    '地点：市政府新闻发布厅',
    '发布人：江城市卫生健康委员会主任　李明远',
    '　　　　江城市医疗保障局副局长　赵小梅',
    '主持人：市政府新闻办副主任　周文清',
    '主持人：各位记者朋友，大家下午好！欢迎参加今天的新闻发布会。首先请李明远同志介绍情况。',
    '李明远：谢谢主持人。今年以来，全市基层诊疗量稳步提升。',
  ].join('\n');

  it('dates, places and chairs the title’s meeting by the header under it (时间/地点/主持人)', () => {
    expect(paged(presser)).toEqual([['江城市推进分级诊疗新闻发布会', '2025-09-03', '市政府新闻发布厅', '周文清']]);
  });

  it('reads a 会议纪要 header whose fields are written 会议时间/会议地点', () => {
    const minutes = [
      '青山县医共体建设推进会会议纪要',
      '会议时间：2024年4月16日上午',
      '会议地点：县卫生健康局三楼会议室',
      '主持人：县卫生健康局局长 孙立',
      '参会人员：各乡镇卫生院院长',
      '会议听取了各乡镇卫生院关于医共体建设进展情况的汇报，研究了下一步工作。',
    ].join('\n');
    expect(held(minutes, { title: true })).toEqual([
      ['青山县医共体建设推进会', '2024-04-16', '县卫生健康局三楼会议室'],
    ]);
  });

  it('takes no page date for a meeting when the page’s 发布时间 is no header field', () => {
    const page = [
      '全市健康教育工作座谈会',
      '发布时间：2025-06-02 09:10　来源：市卫生健康委',
      '5月30日，市卫生健康委召开全市健康教育工作座谈会。',
    ].join('\n');
    expect(paged(page).map((m) => m.slice(0, 2))).toEqual([['全市健康教育工作座谈会', '2025-05-30']]);
  });

  it('reads no record from a bare meeting title with neither a record word nor a header', () => {
    const page = '全县卫生健康工作会议\n时间：2025-02-01\n来源：县卫生健康局\n会议精神传达提纲如下。';
    expect(paged(page)).toEqual([]);
  });
});

describe('extractMeetings: counts, sittings and contents lines', () => {
  it('reads no meeting from a count of meetings (召开座谈会11场, 召开3场座谈会, 多次)', () => {
    expect(held('今年3月至5月，调研组召开座谈会11场，走访企业20家。', { published: '2025-06-01' })).toEqual([]);
    expect(held('检查组先后召开3场座谈会，听取意见建议。', { published: '2025-06-01' })).toEqual([]);
    expect(held('县医保局召开推进会多次，督促整改。', { published: '2025-06-01' })).toEqual([]);
    expect(held('去年以来，市里举办培训会10余期。', { published: '2025-06-01' })).toEqual([]);
  });

  it('keeps a session numbered after its congress (X人民代表大会二次会议)', () => {
    expect(held('1月8日，青山县第十八届人民代表大会二次会议在县城开幕。', { published: '2025-01-09' })).toEqual([
      ['青山县第十八届人民代表大会二次会议', '2025-01-08', '县城'],
    ]);
  });

  it('keeps a name that only opens with a numeral (二次创业推进会, 一期工程推进会)', () => {
    expect(held('4月2日，园区召开二次创业推进会。', { published: '2025-04-03' }).map((m) => m[0])).toEqual([
      '二次创业推进会',
    ]);
    expect(held('5月9日，市卫生健康委召开一期工程推进会。', { published: '2025-05-10' }).map((m) => m[0])).toEqual([
      '一期工程推进会',
    ]);
  });

  it('reads a standing committee’s 联组会议 as a sitting of its session, no meeting of its own', () => {
    const text =
      '6月24日上午，县十八届人大常委会第十五次会议在县城开幕。\n25日下午，常委会举行联组会议，对两个报告进行审议，县人大常委会副主任陈杰主持。';
    expect(held(text, { published: '2025-06-26' })).toEqual([['县十八届人大常委会第十五次会议', '2025-06-24', '县城']]);
  });

  it('reads no meeting from a table of contents line (1.在X会议上的讲话……1)', () => {
    const doc = makeTestDoc('1.在全县卫生健康工作会议上的讲话……………1', { title: true, inCollection: true });
    expect([...extractMeetings(doc)]).toEqual([]);
    const dots = makeTestDoc('2.在全县医保工作推进会上的讲话 ........ 12', { title: true, inCollection: true });
    expect([...extractMeetings(dots)]).toEqual([]);
  });

  it('reads no meeting from the title of a collection of sample speeches (范文, (精选N篇))', () => {
    const sample = makeTestDoc('在全区医疗保障工作会议上的讲话稿范文(通用6篇)', { title: true, inCollection: true });
    expect([...extractMeetings(sample)]).toEqual([]);
    const picked = makeTestDoc('在全镇爱国卫生工作会议上的发言(精选3篇)', { title: true, inCollection: true });
    expect([...extractMeetings(picked)]).toEqual([]);
  });

  it('reads no meeting from the title of a sample part (篇二:在X会议上的讲话), one held in its body still', () => {
    const part = makeTestDoc('篇三:在全区医疗保障工作会议上的讲话\n同志们:今天我讲三点意见。', {
      title: true,
      inCollection: true,
    });
    expect([...extractMeetings(part)]).toEqual([]);
    const held = makeTestDoc('篇一:在全区医疗保障工作会议上的讲话\n今天,区委、区政府召开全区医疗保障工作会议。', {
      title: true,
      inCollection: true,
    });
    expect([...extractMeetings(held)].map((m) => m.name)).toEqual(['全区医疗保障工作会议']);
  });
});

describe('extractMeetings: a meeting held right after another (会后)', () => {
  it('dates a meeting held 会后 by the meeting before it', () => {
    const text =
      '3月5日上午，县卫生健康局召开全系统干部大会，宣布有关任免决定。\n会后，新任党组书记主持召开局党组会议，研究近期工作。';
    expect(held(text, { published: '2025-03-06' })).toEqual([
      ['全系统干部大会', '2025-03-05', null],
      ['局党组会议', '2025-03-05', null],
    ]);
  });

  it('leaves a later undated meeting with no 会后 undated', () => {
    const text = '3月5日上午，县卫生健康局召开全系统干部大会。\n此后，局里多次召开局党组会议研究工作。';
    expect(held(text, { published: '2025-03-06' }).map((m) => m[1])).toEqual(['2025-03-05', null]);
  });
});

describe('extractMeetings: the year a speech names by its five-year plan', () => {
  it('reads the plan year of 今年是“十X五”开局之年 / 收官之年 / 最后一年', () => {
    expect(planYear('今年是“十五五”开局之年，也是攻坚之年。')).toBe(2026);
    expect(planYear('今年是“十四五”规划收官之年。')).toBe(2025);
    expect(planYear('今年是实施“十五”规划的最后一年。')).toBe(2005);
    expect(planYear('明年是“十三五”开局之年。')).toBe(2015);
    expect(planYear('“十五五”时期是基本实现现代化的关键时期。')).toBeUndefined();
    expect(planYear('今年是全面深化改革的关键之年。')).toBeUndefined();
  });

  it('dates a collection speech’s meeting by its plan year when its date line is a placeholder', () => {
    const text =
      '在全市医保工作会议上的讲话\n（202-年x月x日）\n同志们：\n今天召开这次会议，主要是总结去年工作。今年是“十五五”开局之年，任务艰巨。';
    expect(held(text, { title: true, inCollection: true })).toEqual([['全市医保工作会议', '2026', null]]);
  });

  it('gives a speech’s own meeting (召开X会议。召开这次会议的目的…) the speech’s year', () => {
    const text =
      '同志们：\n县委决定召开20-年全县卫生工作会议，这充分说明县委对卫生工作的重视。召开这次会议的目的，是部署今年工作。今年是实施“十五”规划的最后一年。';
    expect(held(text)).toEqual([['全县卫生工作会议', '2005', null]]);
  });
});

describe('extractMeetings: the last day of a session from its later sittings', () => {
  const row2 = (m: MeetingMention) => [m.name, m.date ?? null, m.dateEnd ?? null];
  const session = (text: string) => [...extractMeetings(makeTestDoc(text, { published: '2025-06-27' }))].map(row2);

  it('ends a session on the day of its last sitting (25日下午举行联组会议, 26日上午举行第二次全体会议)', () => {
    const text =
      '6月24日上午，县十八届人大常委会第十五次会议在县城开幕。\n25日下午，常委会举行联组会议。\n26日上午，会议举行第二次全体会议。';
    expect(session(text)).toEqual([['县十八届人大常委会第十五次会议', '2025-06-24', '2025-06-26']]);
  });

  it('gives no last day from a sitting on the session’s first day or from a sitting of no numbered session', () => {
    expect(session('6月24日上午，县十八届人大常委会第十五次会议举行第一次全体会议。')).toEqual([
      ['县十八届人大常委会第十五次会议', '2025-06-24', null],
    ]);
    expect(session('6月24日上午，县卫生健康局召开全系统干部大会。\n26日上午，大会举行第一次全体会议。')).toEqual([
      ['全系统干部大会', '2025-06-24', null],
    ]);
  });
});

describe('extractMeetings: a 纪要 under its masthead (issuing body, then X会议纪要)', () => {
  it('names the meeting after the body and the masthead’s kind, dated and placed by spread-out header keys', () => {
    const minutes = [
      '青山县中医院',
      '党委会会议纪要',
      '〔2025〕第3期',
      '青山县中医院办公室　　　　二〇二五年五月九日',
      '时　　间：2025年5月8日（星期四）上午9:00',
      '地　　点：门诊楼三楼会议室',
      '主　　持：党委书记　陈海波',
      '会议研究了医院绩效考核方案，同意提交职工代表大会审议。',
    ].join('\n');
    expect(paged(minutes)).toEqual([['青山县中医院党委会会议', '2025-05-08', '门诊楼三楼会议室', '陈海波']]);
  });

  it('names the bare 专题会议 the text holds after the masthead’s body, dated by its sentence', () => {
    const minutes = [
      '江城市人民政府',
      '专题会议纪要',
      '（第7期）',
      '江城市人民政府办公室　　　　2025年6月12日',
      '关于全市托育服务体系建设的会议纪要',
      '6月10日上午，副市长林海主持召开专题会议，研究全市托育服务体系建设工作。现将会议议定事项纪要如下。',
    ].join('\n');
    expect(paged(minutes).map((m) => m.slice(0, 2))).toEqual([['江城市人民政府专题会议', '2025-06-10']]);
  });

  it('reads no masthead under a title that names a meeting or a sentence, or over a line that is no 纪要', () => {
    expect(paged('全市卫生健康工作会议\n会议纪要汇编\n正文说明。').filter((m) => /纪要/u.test(String(m[0])))).toEqual(
      [],
    );
    expect(held('6月10日,副市长林海主持召开专题会议,研究托育工作。', { title: false })).toEqual([]);
  });
});
