import { describe, expect, it } from 'vitest';
import { extractPolicies } from './policy.js';
import { makeTestDoc } from './test-doc.js';

const pol = (text: string) => [...extractPolicies(makeTestDoc(text))].map((p) => p.name);

describe('well-known mechanisms that only qualify another noun', () => {
  it('reads no policy from a mechanism qualifying money, bodies or a place, or counted as units', () => {
    const text =
      '人均基本公共卫生服务经费补助标准提高到90元;新建医养结合机构12家;推动医联体内资源共享;组建3个县域医共体和两个城市医疗集团。';
    expect(pol(text)).toEqual([]);
    expect(pol(`做实家庭医生签约服务,推进医养结合,全面推开紧密型县域医共体建设。${text}`)).toEqual([
      '家庭医生签约服务',
      '医养结合',
      '紧密型县域医共体',
    ]);
  });
});

describe('head nouns that go on into another noun', () => {
  it('reads no policy from a commission, a subsidy or a vaccine named after a head noun', () => {
    expect(pol('责任单位:省发展改革委、省财政厅。市级财政安排公立医院改革补助资金3亿元。')).toEqual([]);
    expect(pol('适龄儿童免疫规划疫苗接种率保持在95%以上。')).toEqual([]);
  });

  it('reads 国家免疫规划 as the national programme, also before 疫苗', () => {
    expect(pol('适龄儿童国家免疫规划疫苗接种率保持在90%以上。')).toEqual(['国家免疫规划']);
  });

  it('reads 项目 counted in 项 as items, and the mechanism before it as what they count', () => {
    expect(pol('二级以上医院检查检验结果互认项目由80项扩大到150项。')).toEqual([]);
    expect(pol('实施基层卫生人才能力提升培训项目。')).toEqual(['基层卫生人才能力提升培训项目']);
  });
});

describe('national programmes and payment mechanisms', () => {
  it('reads payment mechanisms named by a Latin acronym (DRG付费, DRG/DIP支付方式改革)', () => {
    expect(pol('DRG付费覆盖全部统筹区,明年推进DRG/DIP支付方式改革。')).toEqual(['DRG付费', 'DRG/DIP支付方式改革']);
  });

  it('reads a payment mechanism spelled out with its acronym in brackets (按病种分值(DIP)付费)', () => {
    expect(pol('全面推行按病种分值(DIP)付费。')).toEqual(['按病种分值(DIP)付费']);
    expect(pol('推进按疾病诊断相关分组(DRG)和病种分值(DIP)付费改革。')).toEqual([
      '按疾病诊断相关分组(DRG)和病种分值(DIP)付费改革',
    ]);
  });

  it('reads national programmes by their standard titles', () => {
    expect(pol('国家组织药品集中采购中选药品平均降价五成,加快国家区域医疗中心建设。')).toEqual([
      '国家组织药品集中采购',
      '国家区域医疗中心',
    ]);
  });
});

describe('standard short names of national reforms and programmes', () => {
  it('reads 深化医改, 健康扶贫 and 基本医疗卫生制度 without a head noun', () => {
    expect(pol('统筹推进深化医改、健康扶贫,基本医疗卫生制度进一步完善。')).toEqual([
      '深化医改',
      '健康扶贫',
      '基本医疗卫生制度',
    ]);
  });
});

describe('routine activities are not well-known mechanisms', () => {
  it('reads no policy from 开展巡回医疗 or 对口支援, a named mechanism beside them still', () => {
    expect(pol('组织医疗队开展巡回医疗,三级医院对口支援县级医院,推进分级诊疗。')).toEqual(['分级诊疗']);
  });
});

describe('more standard names and document titles about a mechanism', () => {
  it('reads 优化生育政策, 药品集中招标采购 and the variants of 检查检验结果互认', () => {
    expect(pol('全面落实优化生育政策,加大药品集中招标采购力度,推进医学检验、检查结果互认。')).toEqual([
      '优化生育政策',
      '药品集中招标采购',
      '医学检验、检查结果互认',
    ]);
  });

  it('reads no mechanism from the title of a document about it (优化生育政策方案和细则)', () => {
    expect(pol('加快优化生育政策方案和细则落地落实。')).toEqual([]);
  });
});

describe('健康 + a place that is also a common word', () => {
  it('reads no strategy from the idiom 健康长寿, a 健康 + place strategy still', () => {
    expect(pol('祝愿大家健康长寿。加快建设健康宁夏。')).toEqual(['健康宁夏']);
  });
});

describe('健康 + a place as the object of 建设', () => {
  it('reads 建设健康X before 贡献/作出 as the local strategy, 健康 + a common word still not', () => {
    expect(pol('全区干部要为建设健康宁夏贡献力量。')).toEqual(['健康宁夏']);
    expect(pol('为建设健康家庭作出贡献。')).toEqual([]);
  });

  it('reads 建设健康X before a contribution phrase of 多/建言/出力 as the local strategy', () => {
    expect(pol('委员们要为建设健康宁夏多出实招、多办实事。')).toEqual(['健康宁夏']);
    expect(pol('为建设健康邯郸建言出力。')).toEqual(['健康邯郸']);
    expect(pol('为建设健康家园多作贡献。')).toEqual([]);
  });
});

describe('well-known mechanisms that name a body', () => {
  it('reads no policy from a body led or formed (牵头的城市医疗集团) counted after (医共体12个), or a unit named after it (医联体X中心)', () => {
    expect(pol('市医院牵头的城市医疗集团覆盖8家卫生院,新建城市医疗集团心电会诊中心。')).toEqual([]);
    expect(pol('各县已组建紧密型县域医共体12个。')).toEqual([]);
    expect(pol('各地要加快推进城市医疗集团建设。')).toEqual(['城市医疗集团']);
    expect(pol('推进医联体建设,建好医共体。')).toEqual([]);
  });

  it('reads the short form of a close-knit network after its full name as that one policy', () => {
    expect(pol('推进紧密型城市医疗集团建设。全市要在城市医疗集团建设上先行。')).toEqual(['紧密型城市医疗集团']);
    expect(pol('要在城市医疗集团建设上先行一步。')).toEqual(['城市医疗集团']);
  });
});

describe('the standard title of the national 纠风 campaign', () => {
  it('reads 纠正医药购销领域和医疗服务中不正之风专项治理 whole, across its 和 and 中', () => {
    expect(pol('深入开展纠正医药购销领域和医疗服务中不正之风专项治理。')).toEqual([
      '纠正医药购销领域和医疗服务中不正之风专项治理',
    ]);
  });
});

describe('well-known mechanisms qualifying what an indicator counts', () => {
  it('reads no policy from X项目不少于N项 or X床位N张, the mechanism named on its own still', () => {
    expect(pol('到年底,医联体内检查检验结果互认项目不少于80项,医养结合床位达到1200张。')).toEqual([]);
    expect(pol('区域内结果互认项目由60项扩大到150项。')).toEqual([]);
    expect(pol('全面推进检查检验结果互认,新增医养结合床位300张。')).toEqual(['检查检验结果互认']);
  });
});

describe('the family sharing of an employee 医保 personal account', () => {
  it('reads 职工医保个人账户家庭共济 and its short form', () => {
    expect(pol('稳步推进职工医保个人账户家庭共济,扩大个人账户家庭共济覆盖面。')).toEqual([
      '职工医保个人账户家庭共济',
      '个人账户家庭共济',
    ]);
  });
});

describe('items named by a topic and a quoted head (X“一件事”)', () => {
  it('reads the topic with 一件事 as the item, after its introducing verb', () => {
    expect(pol('深化企业开办“一件事”改革前置,推行退休“一件事”联办。')).toEqual(['企业开办一件事', '退休一件事']);
  });

  it('reads no item from a quoted 一件事 with no topic before it', () => {
    expect(pol('办好“一件事”。')).toEqual([]);
  });
});

describe('creation campaigns under a quoted title (“X”创建)', () => {
  it('reads the quoted title before 创建 or 创建工作 as the campaign', () => {
    expect(pol('持续深化“无烟单位”创建,开展“健康促进学校”创建工作。')).toEqual(['无烟单位', '健康促进学校']);
  });

  it('reads no campaign when 创建 runs on into an honour (“X”创建示范单位)', () => {
    expect(pol('机关获评“文明窗口”创建示范单位。')).toEqual([]);
  });
});

describe('健康中国, the national strategy of the 健康 + place form', () => {
  it('reads 健康中国 before 建设 or after 为…建设, and in a list; 健康中国行动 and 健康中国战略 whole', () => {
    expect(pol('代表们表示,要为健康中国建设贡献智慧。')).toEqual(['健康中国']);
    expect(pol('统筹推进深化医改、健康中国、平安医院等重点工作。')).toEqual(['深化医改', '健康中国']);
    expect(pol('实施健康中国战略,推进健康中国行动。')).toEqual(['健康中国战略', '健康中国行动']);
  });

  it('reads no strategy from 健康 + 中国 running on into another word (健康中国人)', () => {
    expect(pol('研究显示健康中国人的膳食结构正在改变。')).toEqual([]);
  });

  it('reads no policy from the body steering the campaign (健康中国行动推进委员会, X建设领导小组)', () => {
    expect(pol('市卫生健康委将会同健康中国行动推进委员会各成员单位抓好落实。')).toEqual([]);
    expect(pol('调整健康江门建设领导小组成员。')).toEqual([]);
  });
});

describe('健康 + a place opening a quoted sentence', () => {
  it('reads the strategy that opens a quoted sentence, not a quoted term alone (read as a quoted term)', () => {
    expect(pol('“健康江门建设人人有责,需要全社会共同参与。”她说。')).toEqual(['健康江门']);
    expect(pol('深入推进“健康江门”建设。')).toEqual([]);
  });
});

describe('national rules and schemes named without a head noun', () => {
  it('reads 中央八项规定 in 落实中央八项规定精神, and the free training of rural students on contract', () => {
    expect(pol('持之以恒落实中央八项规定精神,驰而不息纠治“四风”。')).toEqual(['中央八项规定']);
    expect(pol('二是落实农村订单定向医学生免费培养,每年招收定向生20名。')).toEqual(['农村订单定向医学生免费培养']);
  });

  it('reads no scheme from the students alone (招收订单定向医学生30名)', () => {
    expect(pol('今年招收订单定向医学生30名。')).toEqual([]);
  });
});
