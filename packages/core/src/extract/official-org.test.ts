import { describe, expect, it } from 'vitest';
import { extractOfficials } from './official.js';
import { makeTestDoc } from './test-doc.js';

const PROVINCE = { jurisdiction: { level: 'province' as const, name: '云岭省' } };
const officials = (text: string) => [...extractOfficials(makeTestDoc(text, PROVINCE))].filter((o) => !o.partial);

describe('orgs of titles led by a bare body character', () => {
  it('gives 委党组书记 the commission named before it', () => {
    const found = officials(
      '省卫生健康委召开党组扩大会议。委党组书记、主任柯明远主持会议,委党组成员、副主任秦岚传达了会议精神。',
    );
    expect(found.map((o) => [o.name, o.org])).toEqual([
      ['柯明远', '云岭省卫生健康委员会'],
      ['秦岚', '云岭省卫生健康委员会'],
    ]);
  });

  it('gives 局党组成员 the bureau named before it', () => {
    const [o] = officials('省医疗保障局召开会议。局党组成员、副局长蒋文斌出席。');
    expect(o?.org).toBe('云岭省医疗保障局');
  });

  it('does not give a bare 委 title a Party committee', () => {
    expect(officials('省委召开常委会议。委党组成员宋立平出席。')[0]?.org).toBeUndefined();
  });
});

describe('orgs of bare titles of a kind outside their sentence', () => {
  it("gives a bare 副局长 the document's bureau named most often before it", () => {
    const found = officials(
      '省医疗保障局召开年度工作会议。省医疗保障局党组书记、局长蒋文斌作报告。省财政厅介绍了经验。会议要求抓好落实。副局长贺晓宁、程立出席。',
    );
    expect(found.map((o) => [o.name, o.org])).toEqual([
      ['蒋文斌', '云岭省医疗保障局'],
      ['贺晓宁', '云岭省医疗保障局'],
      ['程立', '云岭省医疗保障局'],
    ]);
  });

  it('gives a bare title of no kind (书记) no body from another sentence', () => {
    expect(officials('省医疗保障局召开会议。会议要求抓好落实。书记蒋文斌出席。')[0]?.org).toBeUndefined();
  });
});

describe('orgs implied by a jurisdiction title', () => {
  const REGION = { jurisdiction: { level: 'province' as const, name: '新疆维吾尔自治区' } };
  const PREFECTURE = { jurisdiction: { level: 'prefecture' as const, name: '大理白族自治州' } };
  const first = (text: string, opts: Parameters<typeof makeTestDoc>[1]) =>
    [...extractOfficials(makeTestDoc(text, opts))].find((o) => !o.partial);

  it("gives an autonomous region's 主席/副主席 the region's people's government", () => {
    expect(first('自治区副主席艾尔肯·吐尼亚孜出席会议。', REGION)?.org).toBe('新疆维吾尔自治区人民政府');
    expect(first('自治区主席努尔兰·阿不都热合曼讲话。', REGION)?.org).toBe('新疆维吾尔自治区人民政府');
  });

  it("gives a 副主席 of the region's 政协 the 政协, not the government", () => {
    expect(first('自治区政协副主席王明出席。', REGION)?.org).not.toBe('新疆维吾尔自治区人民政府');
  });

  it("gives an autonomous prefecture's 副州长 the prefecture's people's government", () => {
    expect(first('副州长段立军到会讲话。', PREFECTURE)?.org).toBe('大理白族自治州人民政府');
  });
});

describe('orgs of titles in a school of a university', () => {
  it('gives a dean the university, the school being an internal unit', () => {
    expect(officials('江城医科大学护理学院院长方启明作报告。')[0]?.org).toBe('江城医科大学');
  });
});
