import { describe, expect, it } from 'vitest';
import { extractPolicies } from './policy.js';
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

describe('extractSlogans: numbered, listed and spoken quotes', () => {
  it('reads short formulas opening with 双 or 零 (“双提升”, “零差价”), still not colloquialisms', () => {
    expect(slo('实现“双提升”,药品实行“零差价”,抓住“牛鼻子”。')).toEqual(['双提升', '零差价']);
  });

  it('reads two numbered parts joined by 、 as a formula, a counted task area still not', () => {
    expect(slo('坚持“一个中心、两个基本点”,讲了“三个方面”。')).toEqual(['一个中心、两个基本点']);
  });

  it('reads a long list of principles joined by 、 as one formula', () => {
    expect(slo('坚持“以基层为重点、以改革创新为动力、预防为主、中西医并重”的工作方针。')).toEqual([
      '以基层为重点、以改革创新为动力、预防为主、中西医并重',
    ]);
  });

  it('reads no formula from quoted speech opening with a plural pronoun, but keeps a motto opening with 我', () => {
    expect(slo('他说,“我们要把好事办实、把实事办好”。开展“我为群众办实事”。')).toEqual(['我为群众办实事']);
  });
});

describe('extractSlogans: numbered formulas ending like a body', () => {
  it('reads “五大中心” as a numbered formula, a quoted centre still as a body', () => {
    expect(slo('推进“五大中心”建设,依托“市急救指挥中心”调度。')).toEqual(['五大中心']);
  });
});

describe('extractSlogans: quoted names of digital products', () => {
  it('reads no slogan from an app or platform name (“一键通”应用, …等应用, “健康通行码”), a formula beside it still', () => {
    expect(slo('建成“一键通”应用,上线“小健康”预约提醒等应用,推广“健康通行码”,坚持“两个维护”。')).toEqual(['两个维护']);
  });
});

describe('extractSlogans: paired short quoted words', () => {
  it('reads two quoted words side by side that end alike (“保命药”“救急药”) as formulas', () => {
    expect(slo('集采药品是患者的“保命药”“救急药”。')).toEqual(['保命药', '救急药']);
  });

  it('reads no formula from a quoted list of things that do not end alike (“车”“船”“码头”)', () => {
    expect(slo('强化“车”“船”“码头”同防。')).toEqual([]);
  });
});

describe('extractSlogans: quoted modes of work', () => {
  it('reads a quoted X式 (“保姆式”) as a formula, other short quoted words (“老大难”) still not', () => {
    expect(slo('推行“保姆式”服务,破解“老大难”。')).toEqual(['保姆式']);
  });
});

describe('extractSlogans: formulas written without quotes', () => {
  it('reads 传承精华、守正创新 in its usual spellings', () => {
    expect(slo('坚持传承精华,守正创新,推动中医药振兴发展。')).toEqual(['传承精华,守正创新']);
    expect(slo('在传承精华、守正创新中用好中医药。')).toEqual(['传承精华、守正创新']);
  });

  it('reads 动态清零 only in a paragraph on the epidemic, not as zeroing of hazards', () => {
    expect(slo('年内实现安全隐患动态清零。')).toEqual([]);
    expect(slo('坚持动态清零不动摇,筑牢疫情防线。')).toEqual(['动态清零']);
  });
});

describe('extractSlogans: the guideline of 安全生产 work', () => {
  it('reads 安全第一、预防为主、综合治理 written without quotes', () => {
    expect(slo('各单位要坚持安全第一、预防为主、综合治理,压实主体责任。')).toEqual(['安全第一、预防为主、综合治理']);
  });
});

describe('extractSlogans: quoted heads bound to a topic', () => {
  it('reads no formula from a quoted 一件事 after its topic, the quoted reform still', () => {
    expect(slo('推进“高效办成一件事”,实现老人入住养老机构“一件事”一次办。')).toEqual(['高效办成一件事']);
  });

  it('reads no formula from a quoted title before 创建', () => {
    expect(slo('深化“无烟单位”创建。')).toEqual([]);
  });
});

describe('extractSlogans: national formulas of ethnic and border-region work', () => {
  it('reads 铸牢中华民族共同体意识 and 社会稳定和长治久安总目标 written without quotes', () => {
    expect(slo('把医疗援助作为铸牢中华民族共同体意识的重要抓手,紧紧围绕社会稳定和长治久安总目标。')).toEqual([
      '社会稳定和长治久安总目标',
      '铸牢中华民族共同体意识',
    ]);
  });

  it('reads no formula from the words of the goal in ordinary prose', () => {
    expect(slo('维护社会稳定,增强共同体意识。')).toEqual([]);
  });
});

describe('extractSlogans: short forms, meeting topics, catchphrases and sayings', () => {
  it('reads no slogan from a short form introduced by 简称', () => {
    expect(slo('某市森林防灭火指挥部(以下简称“市森防指”)发布预警。')).toEqual([]);
  });

  it('reads no slogan from a work topic quoted before a meeting noun', () => {
    expect(slo('区政协召开“推进医养结合服务体系建设”专题协商会。')).toEqual([]);
    expect(slo('市卫健委召开“提升县域急救能力”座谈会。')).toEqual([]);
  });

  it('reads quoted problem catchphrases although they are short (“看病难”), not other short words', () => {
    expect(slo('着力解决群众“看病难”问题。')).toEqual(['看病难']);
    expect(slo('抓住这个“牛鼻子”。')).toEqual([]);
  });

  it('reads a quoted two-clause saying closed by its own full stop', () => {
    expect(slo('他提醒大家:“守初心,担使命。”')).toEqual(['守初心,担使命']);
    expect(slo('他说:“我们要把这件实事办好办实。”')).toEqual([]);
    expect(slo('她说:“山区老人进城不便,我们多走几步,老人就少走几里。”')).toEqual([]);
  });

  it('reads the unquoted national formula of tiered care', () => {
    expect(slo('坚持基层首诊、双向转诊、急慢分治、上下联动,推进分级诊疗。')).toEqual([
      '基层首诊、双向转诊、急慢分治、上下联动',
    ]);
  });
});

describe('extractSlogans: well-known formulas of health work', () => {
  it('reads 以人民健康为中心 written without quotes', () => {
    expect(slo('各级各部门要坚持以人民健康为中心,推进健康中国建设。')).toEqual(['以人民健康为中心']);
  });

  it('reads 稳中求进 with the designation the genre cites it by (工作总基调, 总基调), alone when bare', () => {
    expect(slo('坚持稳中求进工作总基调。')).toEqual(['稳中求进工作总基调']);
    expect(slo('坚持稳中求进总基调。')).toEqual(['稳中求进总基调']);
    expect(slo('坚持稳中求进,改革创新。')).toEqual(['稳中求进']);
  });

  it('reads parts of the health work guideline written without quotes, the longest form once', () => {
    expect(slo('全市疾控系统要坚持预防为主方针,织密监测网络。')).toEqual(['预防为主']);
    expect(slo('会议要求,坚持以基层为重点,推动资源下沉。')).toEqual(['以基层为重点']);
    expect(slo('要坚持预防为主、防治结合,筑牢防线。')).toEqual(['预防为主、防治结合']);
    expect(slo('各乡镇要坚持安全第一、预防为主、综合治理。')).toEqual(['安全第一、预防为主、综合治理']);
    expect(slo('坚持以基层为主体,推进预防保健工作。')).toEqual([]);
  });

  it('reads the surveillance formula 早发现、早报告、早处置 written without quotes', () => {
    expect(slo('健全哨点监测,确保疫情早发现、早报告、早处置。')).toEqual(['早发现、早报告、早处置']);
    expect(slo('做到早发现、早报告、早隔离、早治疗。')).toEqual(['早发现、早报告、早隔离、早治疗']);
    expect(slo('问题要早发现早解决。')).toEqual([]);
  });
});

describe('extractSlogans: quoted names of networks', () => {
  it('reads no slogan from a quoted alliance or 医联体 name, a quoted formula still', () => {
    expect(slo('为“省人民医院—某县心血管专科联盟”揭牌,组建“市中心医院—县医院医联体”,服务“一老一小”。')).toEqual([
      '一老一小',
    ]);
  });
});

describe('extractSlogans: activities under a quoted motto', () => {
  it('reads the quoted motto before 活动 as the slogan, not a policy X活动', () => {
    const text = '开展“送医下乡惠万家”活动,推进“查问题、促整改”活动。';
    expect(slo(text)).toEqual(['送医下乡惠万家', '查问题、促整改']);
    expect([...extractPolicies(makeTestDoc(text))].map((p) => p.name)).toEqual([]);
  });

  it('keeps a short quoted word with 活动 as the policy (“义诊”活动), no motto', () => {
    expect(slo('组织“义诊”活动。')).toEqual([]);
    expect([...extractPolicies(makeTestDoc('组织“义诊”活动。'))].map((p) => p.name)).toEqual(['义诊活动']);
  });
});

describe('extractSlogans: quoted questions and spoken words', () => {
  it('reads no quoted question raised to a speaker (A不A, 如何, 是否, …吗)', () => {
    expect(slo('在回答记者关于“家庭医生如何留得住”的提问时,他表示…')).toEqual([]);
    expect(slo('针对群众关心的“住院报销多不多”问题,她回应称…')).toEqual([]);
    expect(slo('有记者问“异地就医能否直接结算”,他说…')).toEqual([]);
    expect(slo('群众最关心“药品够不够用吗”。')).toEqual([]);
  });

  it('reads no quoted words of a resident ending in a particle (…多了, …啦)', () => {
    expect(slo('王大爷说,村医每周上门,“有了签约医生,看病方便多了”。')).toEqual([]);
    expect(slo('她笑着说:“现在拿药不用跑县城啦”。')).toEqual([]);
  });

  it('still reads formulas with 不 between numerals or parts (三不三报, 不敢腐、不能腐)', () => {
    expect(slo('严格落实“三不三报”要求,坚持“小病不出村、大病不出县”。')).toEqual([
      '三不三报',
      '小病不出村、大病不出县',
    ]);
  });
});

describe('extractSlogans: the common-prosperity zone as a formula', () => {
  it('reads 高质量发展建设共同富裕示范区 as a slogan and no policy', () => {
    const text = '为高质量发展建设共同富裕示范区贡献卫生健康力量,打造共同富裕示范区先行市。';
    expect(slo(text)).toEqual(['高质量发展建设共同富裕示范区', '共同富裕示范区']);
    expect([...extractPolicies(makeTestDoc(text))].map((p) => p.name)).toEqual([]);
  });

  it('still reads a zone named by a field of work as a policy (慢性病综合防控示范区)', () => {
    expect([...extractPolicies(makeTestDoc('创建国家慢性病综合防控示范区。'))].map((p) => p.name)).toEqual([
      '国家慢性病综合防控示范区',
    ]);
  });
});

describe('extractSlogans: words quoted whole after a speech verb', () => {
  it('reads no slogan from an utterance (有干部表示,“…”。 群众反映“…”,)', () => {
    expect(slo('有干部表示,“这次培训很实用”。')).toEqual([]);
    expect(slo('不少群众反映“药品种类比以前多”,医生也更耐心。')).toEqual([]);
  });

  it('still reads a term opening the speech, which goes on after its quote (表示,“十五五”时期…)', () => {
    expect(slo('他在讲话中表示,“十五五”时期是关键时期。')).toEqual(['十五五']);
  });
});
