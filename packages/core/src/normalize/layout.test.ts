import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutLines } from './layout.js';
import { normalizeText } from './normalize.js';
import { identityText } from './text-map.js';

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../examples/corpus/${name}`, import.meta.url), 'utf8');

const CJK_SPACE_CJK = /[\p{Script=Han}\u3000-\u303f] +[\p{Script=Han}\u3000-\u303f]/u;

describe('PDF repair', () => {
  it('removes spaces between CJK characters and rejoins page-broken paragraphs of the PDF corpus page', () => {
    const { text, steps } = normalizeText(corpus('003_46f81d3ff4850598.txt'));
    expect(steps.pdf).toBe(true);
    expect(text.text).not.toMatch(CJK_SPACE_CJK);
    // Han + space + digit and digit + space + Han are damage too.
    expect(text.text).not.toMatch(/\p{Script=Han} +\d|\d +\p{Script=Han}/u);
    expect(text.text).toContain('会议全面贯彻');
    expect(text.text).toContain('102所乡镇卫生院');
    // "…指挥体系始终处于" + page break + "应急状态" is one sentence again.
    expect(text.text).toContain('始终处于应急状态');
    expect(text.text).toContain('推进基层医疗卫生机构中医馆建设');
  });

  it('rejoins numbers broken by a hard line break and keeps Latin words apart', () => {
    const input =
      '全县共完成门诊12\n3456人次,其中预约诊疗 占比达 到百分之六十,较上年提高,health\ncare 服务 也有 提升,继续 推进 各项 工作 落实 落地。';
    const { text } = layoutLines(identityText(input), { repairPdf: true });
    expect(text.text).toContain('门诊123456人次');
    expect(text.text).toContain('提高,health care服务也有提升');
  });

  it('keeps complete lines and titles apart', () => {
    const input = '守正创新 开创新格局\n\n全市会议召开\n\n会议指出,工作取得 成效。\n\n■ 以改革 为引领';
    const { text } = layoutLines(identityText(input), { repairPdf: true });
    expect(text.text).toBe('守正创新开创新格局\n全市会议召开\n会议指出,工作取得成效。\n■以改革为引领');
  });

  it('leaves web pages with the odd spaced title alone', () => {
    const { steps, text } = normalizeText(corpus('004_c43a63376113f348.txt'));
    expect(steps.pdf).toBe(false);
    expect(text.text.startsWith('凝心聚力开新局 奋楫扬帆谋新篇 ')).toBe(true);
  });
});

describe('chrome removal', () => {
  it('removes navigation, meta lines and footers of a web page and keeps their metadata', () => {
    const { text, page } = normalizeText(corpus('000_97935c6e3442e2c0.txt'));
    expect(page).toMatchObject({ published: '2022-03-05', source: '管理员' });
    for (const chrome of ['加入收藏', '返回首页', '当前位置', '发布日期', '浏览量', '附件下载', '欢迎观临']) {
      expect(text.text).not.toContain(chrome);
    }
    expect(text.text.split('\n')[0]).toBe('2022年全省卫生健康工作暨党风廉政建设会议召开');
  });

  it('reads a date and source line of a Traditional page after conversion', () => {
    const { text, page } = normalizeText(corpus('002_7892a74117204309.txt'));
    expect(page).toMatchObject({ published: '2022-01-27', source: '国家卫生健康委' });
    expect(Object.keys(page.origins ?? {})).toEqual(['published', 'source']);
    expect(text.text).not.toContain('![]()');
    expect(text.text.split('\n')[0]).toBe('2022年全国卫生健康工作会议在北京召开');
  });

  it('reads the issue day a newspaper source line prints as the page date', () => {
    const { text, page } = normalizeText(
      '全市医改工作推进会召开\n来源:《江城日报》2024年11月05日 第02版\n本报讯 全市医改工作推进会召开。',
    );
    expect(page).toMatchObject({ published: '2024-11-05', source: '《江城日报》2024年11月05日' });
    expect(text.text).not.toContain('第02版');
  });

  it('keeps the page date over a source line’s day, and reads no year alone from a source', () => {
    expect(normalizeText('发布时间:2024-11-06 来源:《江城日报》2024年11月05日\n正文。').page.published).toBe(
      '2024-11-06',
    );
    expect(normalizeText('来源:2024年度统计公报\n正文。').page.published).toBeUndefined();
  });

  it('reads a repost line (转载时间, 原文来源) as the page’s date and source', () => {
    const { text, page } = normalizeText(
      '【转载】全省健康论坛开幕\n转载时间:2024/09/21 10:30 原文来源:江城晚报 记者:李四\n正文。',
    );
    expect(page).toMatchObject({ published: '2024-09-21', source: '江城晚报' });
    expect(text.text).not.toContain('转载时间');
  });

  it('reads a line of bracketed fields (【时间:…】【来源:…】【作者:…】) as the page’s date, source and author', () => {
    const { text, page } = normalizeText(
      '县政协召开医保工作协商会\n【时间:2025-03-14】【来源:县政协办公室】【作者:张 晓】\n3月12日,县政协召开协商会。',
    );
    expect(page).toMatchObject({ published: '2025-03-14', source: '县政协办公室', author: '张晓' });
    expect(text.text).not.toContain('【时间');
    // Brackets of other words are no page fields: a tag before a title stays content.
    expect(normalizeText('【打印】【关闭】\n正文。').page.published).toBeUndefined();
    expect(normalizeText('【时间:2025-03-14】全县召开会议\n正文。').text.text).toContain('全县召开会议');
  });

  it('keeps a press conference’s 发布人 line naming a post and a person (the spokesperson, not the page’s poster)', () => {
    const header =
      '全市医改新闻发布会实录\n时间:2025年5月6日上午\n发布人:市卫生健康委员会党组书记、主任 王一平\n地点:市政府新闻发布厅';
    const { text, page } = normalizeText(header);
    expect(text.text).toContain('发布人:市卫生健康委员会党组书记、主任 王一平');
    expect(page.author).toBeUndefined();
    expect(normalizeText('标题\n发布人:办公室 发布时间:2025-05-06\n正文。').page.author).toBe('办公室');
  });

  it('drops a trailing read-aloud widget', () => {
    const { text } = normalizeText(corpus('004_c43a63376113f348.txt'));
    expect(text.text.endsWith('朗读')).toBe(false);
  });

  it('keeps a date line under a speech (content, not page metadata)', () => {
    const body = '同志们:\n今天召开全县卫生健康工作会议,主要任务是总结去年工作,部署今年的各项任务。\n2022年1月20日';
    const { text, page } = normalizeText(body);
    expect(text.text.endsWith('2022年1月20日')).toBe(true);
    expect(page.published).toBeUndefined();
  });
});

describe('width folding', () => {
  it('folds full-width digits, letters and punctuation', () => {
    expect(normalizeText('２０２３年ＧＤＰ增长５．２％，好！').text.text).toBe('2023年GDP增长5.2%,好!');
  });

  it('keeps circled list markers and the ellipsis, which are no width variants', () => {
    expect(normalizeText('①加强领导……②落实责任').text.text).toBe('①加强领导……②落实责任');
  });

  it('drops zero-width and control characters', () => {
    expect(normalizeText('会\u200b议\u0085召\u0007开').text.text).toBe('会议召开');
  });
});
