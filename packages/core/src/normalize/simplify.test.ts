import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { removePinyinRuby } from './ruby.js';
import { isTraditional, toSimplified } from './simplify.js';
import { identityText } from './text-map.js';

const corpus002 = readFileSync(
  new URL('../../../../examples/corpus/002_7892a74117204309.txt', import.meta.url),
  'utf8',
);

describe('toSimplified', () => {
  it('gives exactly what opencc-js tw→cn gives, on the Traditional corpus page', () => {
    const input = removePinyinRuby(identityText(corpus002)).text;
    expect(toSimplified(input).text).toBe(Converter({ from: 'tw', to: 'cn' })(input.text));
  });

  it('gives exactly what opencc-js hk→cn gives', () => {
    const text = '香港特別行政區政府衛生署發佈新聞公報,會議討論了醫療衞生服務。';
    expect(toSimplified(identityText(text), { variant: 'hk' }).text).toBe(Converter({ from: 'hk', to: 'cn' })(text));
  });

  it('maps a length-changing phrase to the whole original phrase', () => {
    // In phrase mode (twp) 記憶體模組 (5) → 内存条 (3) changes length.
    const out = toSimplified(identityText('買記憶體模組'), { variant: 'twp' });
    expect(out.text).toBe(Converter({ from: 'twp', to: 'cn' })('買記憶體模組'));
    expect(out.text).toBe('买内存条');
    expect([out.starts[1], out.ends[1]]).toEqual([1, 6]);
    expect([out.starts[3], out.ends[3]]).toEqual([1, 6]);
    expect([out.starts[0], out.ends[0]]).toEqual([0, 1]);
  });

  it('detects Traditional text and leaves Simplified text alone', () => {
    expect(isTraditional(corpus002)).toBe(true);
    expect(isTraditional('会议强调,要坚持稳中求进工作总基调,著名的乾隆年间。')).toBe(false);
  });
});

describe('removePinyinRuby', () => {
  it('removes toned readings after Han characters: 會(huì)議 → 會議', () => {
    const { text, removed } = removePinyinRuby(identityText('會(huì)議在北京召開(kāi)'));
    expect(text.text).toBe('會議在北京召開');
    expect(removed).toBe(2);
  });

  it('keeps parentheses that are not readings', () => {
    const input = '委屬(管)醫院,各省(區、市),(一)加強,PM2.5(細顆粒物),COVID(new)';
    expect(removePinyinRuby(identityText(input)).text.text).toBe(input);
  });

  it('removes neutral-tone readings only in a text full of toned ones', () => {
    expect(removePinyinRuby(identityText('我們(men)')).text.text).toBe('我們(men)');
    expect(removePinyinRuby(identityText('會(huì)議(yì)強(qiáng)我們(men)')).text.text).toBe('會議強我們');
  });

  it('leaves no reading in the Traditional corpus page', () => {
    const out = removePinyinRuby(identityText(corpus002)).text.text;
    expect(out).not.toMatch(/\p{Script=Han}\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u);
    expect(out).toContain('2022年全國衛生健康工作會議在北京召開');
  });
});
