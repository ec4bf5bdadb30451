import { describe, expect, it } from 'vitest';
import { extractSlogans } from './slogan.js';
import { makeTestDoc } from './test-doc.js';

const slo = (text: string) => [...extractSlogans(makeTestDoc(text))].map((s) => s.text);

describe('extractSlogans: formulas that look like other things', () => {
  it('reads a quoted formula ending in 为中心, not a quoted body ending in 中心', () => {
    expect(slo('坚持以“病人健康为中心”的服务思路,依托“市急救指挥中心”调度。')).toEqual(['病人健康为中心']);
  });

  it('reads a short quoted word the text calls a concept (“大健康”理念), not a colloquialism', () => {
    expect(slo('树立“大健康”理念,抓住“牛鼻子”。')).toEqual(['大健康']);
  });

  it('reads 大卫生、大健康 written without quotes', () => {
    expect(slo('引导群众树立大卫生、大健康理念。')).toEqual(['大卫生、大健康']);
  });
});
