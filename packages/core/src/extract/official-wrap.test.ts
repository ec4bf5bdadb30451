import { describe, expect, it } from 'vitest';
import { extractOfficials } from './official.js';
import { wrappedNameStart } from './official-wrap.js';
import { makeTestDoc } from './test-doc.js';

const names = (text: string) =>
  [...extractOfficials(makeTestDoc(text, { jurisdiction: { level: 'county', name: '青川县' } }))]
    .filter((o) => !o.partial)
    .map((o) => [o.name, o.titles]);

describe('wrappedNameStart: a hard line wrap between a title and its name', () => {
  it('reads the name on the next line after a prose line ending with the title', () => {
    expect(names('全县表彰了先进集体。县委常委、副县长\n周立新出席会议并讲话。')).toEqual([
      ['周立新', ['县委常委', '副县长']],
    ]);
    expect(wrappedNameStart('会议召开。副县长\n王刚出席。', 8)).toBe(9);
  });

  it('leaves a title alone on its line (a signature or heading) and a name not followed by text', () => {
    expect(wrappedNameStart('副县长\n王刚出席。', 3)).toBe(3);
    expect(wrappedNameStart('会议召开。副县长\n王', 8)).toBe(8);
    expect(wrappedNameStart('会议召开。副县长王刚', 8)).toBe(8);
  });
});
