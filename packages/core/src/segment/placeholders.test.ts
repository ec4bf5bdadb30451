import { describe, expect, it } from 'vitest';
import { findPlaceholders } from './placeholders.js';

const forms = (text: string) => findPlaceholders(text).map((s) => text.slice(s.start, s.end));

describe('findPlaceholders', () => {
  it('finds names, places and blanked years (xx同志, x县, 202-年, 20xx年)', () => {
    expect(forms('xx同志在202-年x月到x县调研,20xx年工作')).toEqual(['xx', '202-', 'x', 'x', '20xx']);
  });

  it('finds a blanked year opening a range: (202--2026年)', () => {
    expect(forms('人才提升工程的实施方案(202--2026年)')).toEqual(['202-']);
  });

  it('leaves real years, ranges and Latin words alone', () => {
    expect(forms('2021-2025年规划,CT与MRI,2019年')).toEqual([]);
  });
});
