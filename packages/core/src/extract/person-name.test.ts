import { describe, expect, it } from 'vitest';
import { isNameShape, readNameAt } from './person-name.js';

describe('readNameAt: full names after a title', () => {
  it('reads 长 and 书 as given-name characters (高长江, 王书平)', () => {
    expect(readNameAt('副主任高长江指出', 3)).toBe('高长江');
    expect(readNameAt('副局长王书平，', 3)).toBe('王书平');
  });

  it('still rejects a title inside the name (王书记) and a word after a surname (李长期)', () => {
    expect(isNameShape('王书记')).toBe(false);
    expect(readNameAt('副局长李长期从事', 3)).toBeUndefined();
  });

  it('reads no name where a speech verb follows the title (书记通报了: 通 is a surname)', () => {
    expect(readNameAt('院纪委书记通报了2024年巡察情况', 5)).toBeUndefined();
  });

  it('ends a name at 叮嘱 and 嘱咐', () => {
    expect(readNameAt('县长李明叮嘱大家', 2)).toBe('李明');
    expect(readNameAt('主任赵文华嘱咐医务人员', 2)).toBe('赵文华');
  });

  it('knows the Yao surname 盘 (盘文华), as a weak one (盘活 is no name)', () => {
    expect(readNameAt('县长盘文华出席会议', 2)).toBe('盘文华');
    expect(readNameAt('主任盘活存量资源', 2)).toBeUndefined();
  });
});
