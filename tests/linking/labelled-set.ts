import type { LinkEntity } from '@policy-kg/core';

// A small labelled set for identity linking, written by hand: our side as the
// extractor produces it (abbreviations, bare level prefixes with a resolved
// place, names with the place of their body), the other side as a third-party
// directory would list it (full names, Traditional script, codes). `gold`
// maps each of ours to its true counterpart, or to null when it has none.

const inst = (iri: string, labels: string[], placeCode?: string): LinkEntity => ({
  iri,
  kind: 'institution',
  labels,
  ...(placeCode ? { placeCode } : {}),
});
const person = (iri: string, name: string, placeCode?: string): LinkEntity => ({
  iri,
  kind: 'official',
  labels: [name],
  ...(placeCode ? { placeCode } : {}),
});

export const OURS: LinkEntity[] = [
  inst('o:gs-wjw', ['省卫健委'], '620000'),
  inst('o:sd-wjw', ['省卫生健康委', '山东省卫生健康委员会'], '370000'),
  inst('o:lz-wjw', ['市卫健委'], '620100'),
  inst('o:hz-wjw', ['杭州市卫生健康委'], '330100'),
  inst('o:hz-gov', ['杭州市人民政府', '市政府'], '330100'),
  inst('o:gs-gov', ['甘肃省人民政府'], '620000'),
  inst('o:gs-cdc', ['省疾控中心'], '620000'),
  inst('o:xc-wjw', ['许昌市卫生和计划生育委员会'], '411000'),
  inst('o:ll-hosp', ['吕梁市人民医院'], '141100'),
  inst('o:ll-wjw', ['吕梁市卫健委'], '141100'),
  inst('o:bare', ['县卫健委']),
  inst('o:hn-ybj', ['省医保局'], '410000'),
  inst('o:fj-party', ['中共福建省委'], '350000'),
  inst('o:ws-wjw', ['武威市卫生健康委员会'], '620600'),
  person('o:p1', '王建国', '620000'),
  person('o:p2', '郭玉芬', '620000'),
  person('o:p3', '李明', '330100'),
  person('o:p4', '张伟', '410000'),
];

export const THEIRS: LinkEntity[] = [
  inst('t:gs-wjw', ['甘肅省衛生健康委員會'], '620000'),
  inst('t:sd-wjw', ['山东省卫生健康委员会']),
  inst('t:lz-wjw', ['兰州市卫生健康委员会'], '620100'),
  inst('t:hz-wjw', ['杭州市卫生健康委员会']),
  inst('t:zj-wjw', ['浙江省卫生健康委员会'], '330000'),
  inst('t:gs-cdc', ['甘肃省疾病预防控制中心']),
  inst('t:xc-wjw', ['许昌市卫生计生委'], '411000'),
  inst('t:ll-wjw', ['吕梁市卫生健康委员会'], '141100'),
  inst('t:ty-wjw', ['太原市卫生健康委员会'], '140100'),
  inst('t:hn-ybj', ['河南省医疗保障局'], '410000'),
  inst('t:fj-wjw', ['福建省卫生健康委员会'], '350000'),
  inst('t:by-wjw', ['白银市卫生健康委员会'], '620400'),
  person('t:p1', '王建国', '620000'),
  person('t:p2', '郭玉芬', '620000'),
  person('t:p3', '李明', '110000'),
  person('t:p4', '张伟'),
];

export const GOLD: Readonly<Record<string, string | null>> = {
  'o:gs-wjw': 't:gs-wjw',
  'o:sd-wjw': 't:sd-wjw',
  'o:lz-wjw': 't:lz-wjw',
  'o:hz-wjw': 't:hz-wjw',
  'o:hz-gov': null,
  'o:gs-gov': null,
  'o:gs-cdc': 't:gs-cdc',
  'o:xc-wjw': 't:xc-wjw',
  'o:ll-hosp': null,
  'o:ll-wjw': 't:ll-wjw',
  'o:bare': null,
  'o:hn-ybj': 't:hn-ybj',
  'o:fj-party': null,
  'o:ws-wjw': null,
  'o:p1': 't:p1',
  'o:p2': 't:p2',
  'o:p3': null,
  'o:p4': 't:p4',
};
