import { describe, expect, it } from 'vitest';
import { nameBeforeVerb } from './name-before-verb.js';
import { extractOfficials } from './official.js';
import { makeTestDoc } from './test-doc.js';

const names = (text: string) => [...extractOfficials(makeTestDoc(text))].filter((o) => !o.partial).map((o) => o.name);

describe('nameBeforeVerb: a name whose given part the tagger reads as a word', () => {
  it('reads a full name before a predicate tagged apart from it (结合, 带领)', () => {
    expect(nameBeforeVerb('主任汪立新结合工作实际', 2)).toBe('汪立新');
    expect(nameBeforeVerb('科长贾立新带领专家组', 2)).toBe('贾立新');
    expect(names('区卫生健康委主任汪立新结合工作实际提出要求。')).toEqual(['汪立新']);
  });

  it('reads no name from a word, a weak surname or a two-character reading', () => {
    expect(nameBeforeVerb('书记高质量推进', 2)).toBeUndefined();
    expect(nameBeforeVerb('主任向社会公开', 2)).toBeUndefined();
    expect(names('各科室主任高度重视。')).toEqual([]);
    expect(names('县乡两级要落实好乡村医生养老保障,让乡村医生干得安心。')).toEqual([]);
  });
});
