import { describe, expect, it } from 'vitest';
import { extractInstitutions } from './institution.js';
import { makeTestDoc } from './test-doc.js';

const names = (text: string, name: string) =>
  [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level: 'county', name } }))].map((m) => m.name);

describe('extractInstitutions: a community health centre named by its community', () => {
  it('names a community’s centre with the county in front (来到X社区卫生服务中心)', () => {
    expect(names('检查组来到马坡社区卫生服务中心,查看了全科诊室。', '昌平区')).toEqual([
      '北京市昌平区马坡社区卫生服务中心',
    ]);
  });

  it('reads no centre from a class (全区25家, 辖区, 基层) or a common noun before it', () => {
    expect(names('全区25家社区卫生服务中心全部达标。', '昌平区')).toEqual([]);
    expect(names('辖区社区卫生服务中心开展义诊。基层社区卫生服务中心能力提升。', '昌平区')).toEqual([]);
    expect(names('推动光明社区卫生服务中心建设。', '昌平区')).toEqual([]);
    expect(names('今年新建社区卫生服务中心3个。', '昌平区')).toEqual([]);
    expect(names('在智慧社区卫生服务中心建设中先行先试。', '昌平区')).toEqual([]);
  });

  it('names a centre only as a place visited or listed, or with its head after it', () => {
    expect(names('马坡社区卫生服务中心主任介绍了签约情况。', '昌平区')).toEqual(['北京市昌平区马坡社区卫生服务中心']);
  });
});

describe('extractInstitutions: a town whose name holds a function character', () => {
  it('reads a town named with 和 as one place when the tagger does (在仁和镇社区卫生服务中心)', () => {
    expect(names('在仁和镇社区卫生服务中心,检查组察看了预防接种门诊。', '余杭区')).toEqual([
      '杭州市余杭区仁和镇社区卫生服务中心',
    ]);
    expect(names('各乡镇卫生院要加强能力建设。', '余杭区')).toEqual([]);
  });

  it('keeps a leading 将 after a locative or conjunction (和将家湾镇卫生院), not after a verb (要将X建成)', () => {
    expect(names('他先后来到县中医医院和将家湾镇卫生院。', '海原县')).toContain('海原县将家湾镇卫生院');
    expect(names('在将家湾镇卫生院,他仔细询问。', '海原县')).toEqual(['海原县将家湾镇卫生院']);
    expect(names('要将城关镇卫生院建成区域医疗次中心。', '海原县')).toEqual(['海原县城关镇卫生院']);
  });

  it('gives a town in a list the whole county of the body before it (西吉县, not the 吉县 inside)', () => {
    expect(names('察看了西吉县中医医院、兴隆镇中心卫生院。', '西吉县')).toEqual([
      '西吉县中医医院',
      '西吉县兴隆镇中心卫生院',
    ]);
  });
});

describe('extractInstitutions: the head of a hospital group', () => {
  it('reads X医院医共体总院 as one body, the group head, in place of the hospital', () => {
    expect(names('县人民医院医共体总院下派专家驻点乡镇分院。', '缙云县')).toEqual(['缙云县人民医院医共体总院']);
    expect(names('县中医医院医疗集团总院院长作表态发言。', '缙云县')).toEqual(['缙云县中医医院医疗集团总院']);
  });

  it('keeps the hospital when no 总院 follows (县人民医院医共体建设)', () => {
    expect(names('县人民医院医共体建设成效明显。', '缙云县')).toEqual(['缙云县人民医院']);
  });
});
