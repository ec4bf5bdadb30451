import { describe, expect, it } from 'vitest';
import { placeContext } from './place-context.js';
import { makeTestDoc } from './test-doc.js';

const CITY_NEWS =
  '市委常委会召开会议传达学习全国卫生健康工作会议精神\n' +
  '3月2日,市委书记主持召开市委常委会会议,听取全市卫生健康工作汇报。会议指出,全市医疗服务能力稳步提升。' +
  '会议要求,市政府要加强统筹,我市要扎实推进健康汕头建设,全市各级各部门要抓好落实。';

describe('placeContext: a city’s news given the bare national level', () => {
  it('takes the city its place brand names when its own scope words are a city’s (推进健康汕头建设)', () => {
    const ctx = placeContext(makeTestDoc(CITY_NEWS, { jurisdiction: { level: 'national' } }));
    expect(ctx).toMatchObject({ level: 'prefecture', city: '汕头市', province: '广东省' });
  });

  it('takes the city its newspaper is named after (来源:汕头日报) when no brand names it', () => {
    const doc = makeTestDoc(CITY_NEWS.replace('推进健康汕头建设', '推进卫生健康事业发展'), {
      jurisdiction: { level: 'national' },
    });
    doc.meta.source = '汕头日报';
    expect(placeContext(doc)).toMatchObject({ level: 'prefecture', city: '汕头市' });
  });

  it('stays national when the text names no city of its own, or speaks for the country', () => {
    const unnamed = CITY_NEWS.replace('推进健康汕头建设', '推进卫生健康事业发展');
    expect(placeContext(makeTestDoc(unnamed, { jurisdiction: { level: 'national' } })).level).toBe('national');
    const national =
      '全国卫生健康工作会议召开\n会议指出,全国医疗服务能力稳步提升。要推进健康中国建设,全国各地要抓好落实,全国上下齐心协力。';
    expect(placeContext(makeTestDoc(national, { jurisdiction: { level: 'national' } })).level).toBe('national');
  });

  it('keeps a metadata place that names the city (a national level with a name is not bare)', () => {
    const ctx = placeContext(makeTestDoc(CITY_NEWS, { jurisdiction: { level: 'prefecture', name: '揭阳市' } }));
    expect(ctx.city).toBe('揭阳市');
  });
});

describe('placeContext: a city’s text with no metadata place', () => {
  it('takes the city its place brand names when the text writes none of its bodies in full', () => {
    expect(placeContext(makeTestDoc(CITY_NEWS)).city).toBe('汕头市');
  });

  it('takes no city from a brand naming a province or the country (健康中国, 健康广东)', () => {
    const text = CITY_NEWS.replace('推进健康汕头建设', '推进健康中国、健康广东建设');
    expect(placeContext(makeTestDoc(text)).city).toBeUndefined();
  });
});

describe('placeContext: a county’s news given the bare national level', () => {
  it('takes the county its place brand names when its own scope words are a county’s', () => {
    const text =
      '县委常委会召开会议传达学习全国卫生健康工作会议精神\n会议指出,全县医疗服务能力稳步提升。' +
      '会议要求,县政府要加强统筹,我县要扎实推进健康盐津建设,全县各级各部门要抓好落实。';
    const ctx = placeContext(makeTestDoc(text, { jurisdiction: { level: 'national' } }));
    expect(ctx).toMatchObject({ level: 'county', county: '盐津县', city: '昭通市' });
  });
});
