import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';
import { PINYIN_SYLLABLES } from './pinyin-syllables.js';
import { removePinyinRuby } from './ruby.js';
import { identityText, type MappedText } from './text-map.js';

const strip = (text: string): string => removePinyinRuby(identityText(text)).text.text;

/** Every output unit maps back to exactly the same unit of the original. */
function expectCopiedFromOriginal(original: string, out: MappedText): void {
  for (let k = 0; k < out.text.length; k++) {
    const from = out.starts[k] ?? -1;
    expect(out.ends[k]).toBe(from + 1);
    expect(original.charAt(from)).toBe(out.text.charAt(k));
  }
}

describe('the pinyin syllable inventory', () => {
  it('holds the syllables of Mandarin and nothing that is not one', () => {
    for (const s of ['a', 'er', 'zhuang', 'lüe', 'nü', 'yong', 'shei', 'den', 'rua']) {
      expect(PINYIN_SYLLABLES.has(s), s).toBe(true);
    }
    for (const s of ['ten', 'sin', 'lve', 'jv', 'go', 'do', 'ng', 'm', 'hm', 'fiao', 'bie4']) {
      expect(PINYIN_SYLLABLES.has(s), s).toBe(false);
    }
    expect(PINYIN_SYLLABLES.size).toBeGreaterThan(390);
    expect(PINYIN_SYLLABLES.size).toBeLessThan(420);
  });
});

describe('removePinyinRuby with tone digits', () => {
  it('removes a syllable with a tone digit after a Han character: 會(hui4)議 → 會議', () => {
    expect(strip('會(hui4)議在京召開(kai1)')).toBe('會議在京召開');
  });

  it('reads ü written as v or u: (綠(lv4)色, 女(nu:3)性, 略(lve4))', () => {
    expect(strip('綠(lv4)色與女(nu:3)性')).toBe('綠色與女性');
    expect(strip('策略(lve4)研究')).toBe('策略研究');
  });

  it('keeps a digit label that is no syllable or has no initial, when alone', () => {
    expect(strip('维生素(b12)片')).toBe('维生素(b12)片');
    expect(strip('见表(a1)所列')).toBe('见表(a1)所列');
    expect(strip('型号(xk3)设备')).toBe('型号(xk3)设备');
  });
});

describe('removePinyinRuby without tones', () => {
  const page =
    '全市(shi)衛生健康工作會(hui)議在龍(long)巖召開(kai)，市長(zhang)主持會(hui)議並講(jiang)話(hua)，強調要發(fa)展基層醫療。';

  it('removes toneless readings when a page keeps printing them inside words', () => {
    expect(strip(page)).toBe('全市衛生健康工作會議在龍巖召開，市長主持會議並講話，強調要發展基層醫療。');
  });

  it('accepts full-width parentheses around the reading', () => {
    const wide = '區（qu）域醫(yi)療中(zhong)心在長（chang）汀建(jian)成，服務(wu)群眾。';
    expect(strip(wide)).toBe('區域醫療中心在長汀建成，服務群眾。');
  });

  it('also removes a one-letter reading inside a word on such a page, but not a list marker', () => {
    const withA = `${page}阿(a)里地區(qu)，條款(a)。`;
    expect(strip(withA)).toContain('阿里地區，條款(a)。');
  });

  it('keeps a lone toneless syllable: 时间(min), 方案(an), 长整型(long)', () => {
    for (const text of ['所需时间(min)', '实施方案(an)', '类型为长整型(long)变量', '单位(ge)']) {
      expect(strip(text)).toBe(text);
    }
  });

  it('keeps real parentheticals in a page that has no readings', () => {
    const text =
      '《管理办法(试行)》规定,胸部(CT)检查纳入医保(2025),采用政府和社会资本合作(PPP)模式,条款(a)和条款(b)另有规定。';
    expect(strip(text)).toBe(text);
  });

  it('keeps a table whose units repeat one syllable-like word', () => {
    const table = '平均时间(min)\n最长时间(min)\n最短时间(min)\n等待时间(min)\n使用年限(a)\n面积(ha)\n';
    expect(strip(table)).toBe(table);
  });

  it('needs several different syllables: one repeated word is no evidence', () => {
    const text = '龍(long)巖、龍(long)巖、龍(long)巖、龍(long)巖';
    expect(strip(text)).toBe(text);
  });

  it('needs readings inside words: parentheticals closing a phrase are no evidence', () => {
    const text = '时间(min)。费用(yuan)。面积(mu)。长度(li)。重量(jin)。';
    expect(strip(text)).toBe(text);
  });

  it('keeps capitalised glosses and non-syllables: (Long), (ten), (sin)', () => {
    const text = `${page}龍(Long)巖，十(ten)個，正弦(sin)函數`;
    expect(strip(text)).toContain('龍(Long)巖，十(ten)個，正弦(sin)函數');
  });

  it('keeps every remaining character mapped to the very character it came from', () => {
    const out = removePinyinRuby(identityText(page)).text;
    expectCopiedFromOriginal(page, out);
    expect(out.text.length).toBe(page.length - '(shi)(hui)(long)(kai)(zhang)(hui)(jiang)(hua)(fa)'.length);
  });
});

describe('normalizeText on a toneless ruby page', () => {
  const SYLLABLES = ['long', 'kai', 'qian', 'hui', 'zhang', 'fa', 'qu', 'lv4', 'hui4'];
  const HAN = ['會', '議', '龍', '巖', '開', '發', '展', '區', '長', '汀'];
  const unit = fc.oneof(
    fc.constantFrom(...HAN, '，', '。', '\r\n', '\u3000', 'Ａ', '２'),
    fc
      .tuple(fc.constantFrom(...HAN), fc.constantFrom(...SYLLABLES), fc.boolean())
      .map(([han, s, wide]) => (wide ? `${han}（${s}）` : `${han}(${s})`)),
  );

  it('maps every normalized character back into the original, whatever was removed', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const original = `${units.join('')}會(hui)議在龍(long)巖召開(kai)，發(fa)展區(qu)域`;
        const { text } = normalizeText(original);
        expect(text.text).not.toMatch(/\p{Script=Han}[(（](?:long|kai|qian|hui|zhang|fa|qu|lv4|hui4)[)）]/u);
        let last = 0;
        for (let k = 0; k < text.text.length; k++) {
          const start = text.starts[k] ?? -1;
          const end = text.ends[k] ?? -1;
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          // A removed reading never becomes part of a kept character's range.
          expect(original.slice(start, end)).not.toMatch(/[(（][a-z:]+\d?[)）]/);
          last = start;
        }
      }),
      { numRuns: 200, seed: 20251020 },
    );
  });
});
