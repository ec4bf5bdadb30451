import { buildGraph, diffusions, echoes, ingestText } from '@policy-kg/core';
import { describe, expect, it } from 'vitest';

const texts = [
  [
    'n.txt',
    '2023-01-10',
    '全国卫生健康工作会议在北京召开\n1月10日,全国卫生健康工作会议在北京召开。国家卫生健康委主任马晓伟强调,要全面推进健康中国建设,持续深化“三医”协同发展和治理。',
  ],
  [
    'p.txt',
    '2023-02-01',
    '甘肃省召开全省卫生健康工作会议\n2月1日,甘肃省卫生健康工作会议召开。省卫生健康委主任郭玉芬强调,要持续深化“三医”协同发展和治理,全省上下抓好落实。',
  ],
  [
    'c.txt',
    '2023-03-01',
    '兰州市召开全市卫生健康工作会议\n3月1日,兰州市卫生健康工作会议召开。市卫生健康委主任李华强调,要持续深化“三医”协同发展和治理。',
  ],
  [
    'x.txt',
    '2023-03-05',
    '杭州市召开全市卫生健康工作会议\n3月5日,杭州市卫生健康工作会议召开。市卫生健康委主任王强强调,要持续深化“三医”协同发展和治理。',
  ],
] as const;

describe('echoes and diffusion on a small national → province → city chain', () => {
  const { store } = buildGraph(texts.flatMap(([name, published, text]) => ingestText(text, { name, published })));
  const pairs = [...echoes(store)].map((e) => `${e.earlier.placeName}→${e.later.placeName} +${e.lagDays}`);

  it('finds the repetitions down the hierarchy, with the lag', () => {
    expect(pairs).toContain('中华人民共和国→甘肃省 +22');
    expect(pairs).toContain('甘肃省→兰州市 +28');
    expect(pairs).toContain('中华人民共和国→杭州市 +54');
  });

  it('never pairs a city with the province of another one, nor a lower level with a higher', () => {
    expect(pairs).not.toContain('甘肃省→杭州市 +32');
    expect(pairs.every((p) => !p.startsWith('兰州市') && !p.startsWith('杭州市'))).toBe(true);
  });

  it('dates the diffusion of the quoted policy from the national use', () => {
    // “三医”协同发展和治理 is one policy named around a quoted term (not the bare slogan 三医).
    const rows = [...diffusions(store)]
      .filter((d) => d.label === '三医协同发展和治理')
      .map((d) => `${d.placeName} ${d.lagDays}`);
    expect(rows).toEqual(['中华人民共和国 0', '甘肃省 22', '兰州市 50', '杭州市 54']);
  });
});
