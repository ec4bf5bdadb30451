import { describe, expect, it } from 'vitest';
import { isNameShape, readNameAt, readNameBefore, readNamePartBefore, tibetanNameAt } from './person-name.js';
import { canonicalName, transliteratedEnds } from './transliterated-name.js';

describe('readNameAt: full names after a title', () => {
  it('ends a name before a visit’s manner adverb (X实地察看, X详细了解, X认真听取)', () => {
    expect(readNameAt('副市长韩立涛实地察看了病房', 3)).toBe('韩立涛');
    expect(readNameAt('副市长韩立涛详细了解情况', 3)).toBe('韩立涛');
    expect(readNameAt('副市长韩立涛认真听取汇报', 3)).toBe('韩立涛');
    expect(readNameAt('副县长李实出席会议', 3)).toBe('李实');
  });

  it('ends a name before 从 opening the speaker’s angle (X从三个方面作了部署), keeping 从 inside a given name', () => {
    expect(readNameAt('院党委书记韩立涛从学科建设等方面提出建议', 5)).toBe('韩立涛');
    expect(readNameAt('副县长李从文出席会议', 3)).toBe('李从文');
  });

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

  it('ends a name before a visit (来我市, 来到, 赴), a proposal brought or submitted (带来, 提交) and speech nouns (建议, 坦言)', () => {
    expect(readNameAt('省卫生健康委副主任周振宇来我市督导', 9)).toBe('周振宇');
    expect(readNameAt('副县长何立新来到乡镇卫生院', 3)).toBe('何立新');
    expect(readNameAt('院长钱启明带来了一份建议', 2)).toBe('钱启明');
    expect(readNameAt('主任医师邱建华提交了提案', 4)).toBe('邱建华');
    expect(readNameAt('副主任邹文华赴基层调研', 3)).toBe('邹文华');
    // Speech verbs the tagger reads as nouns (建议/n, 坦言/n).
    expect(readNameAt('委员李建军建议,加大投入', 2)).toBe('李建军');
    expect(readNameAt('院长王海燕坦言,压力不小', 2)).toBe('王海燕');
    expect(readNameAt('主任钟文华寄语青年医生', 2)).toBe('钟文华');
    expect(readNameAt('主任医师邹凯呼吁,加快建设', 4)).toBe('邹凯');
    // 来 alone ends no name: it is a common last character of given names (王春来).
    expect(readNameAt('主任王春来，', 2)).toBe('王春来');
  });

  it('knows common modern surnames outside the 百家姓 opening (肖, 付, 邝, 冼)', () => {
    expect(readNameAt('副院长肖立群出席会议', 3)).toBe('肖立群');
    expect(readNameAt('主任邝海涛表示', 2)).toBe('邝海涛');
    expect(readNameAt('局长付晓红讲话', 2)).toBe('付晓红');
    // A word that starts with one is still no name (付出, 兰州).
    expect(readNameAt('院长付出了心血', 2)).toBeUndefined();
  });

  it('knows the Yao surname 盘 (盘文华), as a weak one (盘活 is no name)', () => {
    expect(readNameAt('县长盘文华出席会议', 2)).toBe('盘文华');
    expect(readNameAt('主任盘活存量资源', 2)).toBeUndefined();
  });
});

describe('transliterated names with a dot (Uyghur, Kazakh, Tibetan, Mongolian)', () => {
  // The separators as they reach the extractor after NFKC: ． becomes '.', ･ becomes ・, ‑ becomes ‐.
  const nfkc = (s: string) => s.normalize('NFKC');

  it('reads the name whole after a title and writes every separator as ·', () => {
    for (const dot of ['·', '•', '‧', '・', '‐', '．', '･', '‑', '∙']) {
      expect(readNameAt(nfkc(`副主席努尔兰${dot}阿不都热合曼出席会议`), 3)).toBe('努尔兰·阿不都热合曼');
    }
  });

  it('reads a first part of six characters, a third part, and two-character parts', () => {
    expect(readNameAt('主任阿不都热依木·达吾提作工作报告', 2)).toBe('阿不都热依木·达吾提');
    expect(readNameAt('副主任阿依古丽·买买提·吐尔洪指出', 3)).toBe('阿依古丽·买买提·吐尔洪');
    expect(readNameAt('副县长格桑·次旦同志', 3)).toBe('格桑·次旦');
  });

  it('ends the last part where the next word starts (提出, 强调, a title, 和)', () => {
    expect(readNameAt('副主任古丽娜尔·艾力提出三点要求', 3)).toBe('古丽娜尔·艾力');
    expect(readNameAt('局长巴特尔·乌日图强调', 2)).toBe('巴特尔·乌日图');
    expect(readNameAt('局长巴特尔·乌日图和副局长张明', 2)).toBe('巴特尔·乌日图');
  });

  it('reads a name before a title after punctuation, 由 or another title, never cut at the dot', () => {
    const before = (text: string, title: string) => readNameBefore(text, text.lastIndexOf(title));
    expect(before(',玛依拉·吐尔洪主任', '主任')).toBe('玛依拉·吐尔洪');
    expect(before('会议由达吾提•玉素甫副主任主持', '副主任')).toBe('达吾提·玉素甫');
    expect(before('党组书记阿依古丽·买买提主任', '主任')).toBe('阿依古丽·买买提');
    // A first part the genre does not write (红色引领) leaves no name, and no Han name 艾力 cut at the dot.
    expect(before('红色引领·艾力主任', '主任')).toBeUndefined();
  });

  it('reads the first part of a name of the text before a title as its short form', () => {
    const known = new Set(['努尔兰·阿不都热合曼']);
    expect(readNamePartBefore('。努尔兰副主席强调', 4, { known })).toBe('努尔兰');
    expect(readNamePartBefore('。努尔兰副主席强调', 4)).toBeUndefined();
  });

  it('still reads Han names, and a Han name before a full stop written as .', () => {
    expect(readNameAt('副主任艾力出席会议', 3)).toBe('艾力');
    expect(readNameAt('副主任王明.会议要求', 3)).toBe('王明');
    expect(canonicalName('王明')).toBe('王明');
  });

  it('takes no dotted phrase of the genre for a name (中国·东盟, 一带一路·健康, 1·20, 中·英, 《健康中国·X行动》)', () => {
    for (const text of ['中国·东盟', '一带一路·健康丝路', '1·20', '中·英', '健康中国•陇原行动', '红色领航·仁心仁术']) {
      expect(transliteratedEnds(text, 0)).toEqual([]);
    }
    expect(readNameAt('主任《健康中国·陇原行动》', 2)).toBeUndefined();
    expect(readNameBefore('推进健康中国•陇原行动主任', 11)).toBeUndefined();
    expect(readNameBefore('推进一带一路·健康丝路主任', 11)).toBeUndefined();
  });
});

describe('readNameAt: the end of a name before the words of its clause', () => {
  it('cuts a name before a preposition (郑凯|关于, 王明|对于), keeping a full name before one', () => {
    expect(readNameAt('主任郑凯关于全市工作情况的报告', 2)).toBe('郑凯');
    expect(readNameAt('书记王明对于此事', 2)).toBe('王明');
    expect(readNameAt('主任王立新关于全市工作的报告', 2)).toBe('王立新');
    expect(readNameAt('副市长高明按照要求', 3)).toBe('高明');
  });

  it('ends a name before a time adverb (日前, 近日, 昨天)', () => {
    expect(readNameAt('省委书记张建华日前作出批示', 4)).toBe('张建华');
    expect(readNameAt('副市长刘晓东近日到县医院调研', 3)).toBe('刘晓东');
    expect(readNameAt('县长李卫国昨天主持召开会议', 2)).toBe('李卫国');
  });

  it('reads a two-character name before a follower word, not three characters up to its second half (邹凯|认为)', () => {
    expect(readNameAt('主任邹凯认为,要抓落实', 2)).toBe('邹凯');
    expect(readNameAt('院长蒋涛谈到人才', 2)).toBe('蒋涛');
    // A three-character name keeps its reading where the word after it is a follower too (李国强|调研).
    expect(readNameAt('局长李国强调研时指出', 2)).toBe('李国强');
    expect(readNameAt('主任王建国强调', 2)).toBe('王建国');
  });

  it('ends a full name before a verb the tagger reads (公布了, 介绍了), not a two-character reading', () => {
    expect(readNameAt('主任马德胜公布了考核结果', 2)).toBe('马德胜');
    expect(readNameAt('局长李国强调研时指出', 2)).toBe('李国强');
    // A surname + one character before a verb is too often a word (养老|保障, 干得|安心).
    expect(readNameAt('乡村医生养老保障政策', 4)).toBeUndefined();
    expect(readNameAt('乡村医生干得安心', 4)).toBeUndefined();
  });
});

describe('Tibetan names (two name elements, no surname, no dot)', () => {
  it('reads a name of two elements after a title and before one', () => {
    expect(readNameAt('副州长旦增卓嘎出席会议', 3)).toBe('旦增卓嘎');
    expect(readNameAt('主任洛桑平措强调', 2)).toBe('洛桑平措');
    expect(readNameBefore(',格桑次旦书记', 5)).toBe('格桑次旦');
  });

  it('reads the first element + title as the short form of a name of the text', () => {
    expect(readNamePartBefore('。洛桑主任说', 3, { known: new Set(['洛桑平措']) })).toBe('洛桑');
  });

  it('reads no name from one element or from other words (扎西德勒, 格桑花)', () => {
    expect(tibetanNameAt('扎西德勒', 0)).toBeUndefined();
    expect(readNameAt('主任格桑花开', 2)).toBeUndefined();
  });
});

describe('readNameAt/readNameBefore: 任 + a role after a title, and doubled surname characters', () => {
  it('reads no name from 任 that appoints to a shared or deputy role (任双组长, 任副组长)', () => {
    expect(readNameAt('由市委书记、市长任双组长', 9)).toBeUndefined();
    expect(readNameAt('王建国、李卫东副局长任副组长', 10)).toBeUndefined();
    expect(readNameBefore('由市委书记、市长任双组长', 10)).toBeUndefined();
  });

  it('still reads a name with the surname 任 (副市长任海涛出席, 任海涛副市长)', () => {
    expect(readNameAt('副市长任海涛出席', 3)).toBe('任海涛');
    expect(readNameBefore('，任海涛副市长', 4)).toBe('任海涛');
  });

  it('reads no name from a doubled surname character (谢谢刘主任, 常常)', () => {
    expect(isNameShape('谢谢刘')).toBe(false);
    expect(readNameBefore('好的，谢谢刘主任', 6)).not.toBe('谢谢刘');
    expect(isNameShape('谢刚')).toBe(true);
  });
});

describe('readNameBefore: a weak surname before a title', () => {
  const before = (text: string, title: string) => readNameBefore(text, text.lastIndexOf(title), { titleAfter: true });

  it('reads a full name with a weak surname at a phrase start before a title (常立新副省长)', () => {
    expect(before('。常立新副省长出席会议', '副省长')).toBe('常立新');
    expect(before('\n于建国副市长讲话', '副市长')).toBe('于建国');
    expect(before(',向明辉县长强调', '县长')).toBe('向明辉');
  });

  it('reads none without a title after it, inside a phrase, or where the given part is a word or a body', () => {
    expect(readNameBefore('。常立新副省长', 4)).toBeUndefined();
    expect(before('会上常立新副省长', '副省长')).toBeUndefined();
    expect(before('。向群众主任', '主任')).toBeUndefined();
    expect(before('。公卫科科长', '科长')).toBeUndefined();
  });
});
