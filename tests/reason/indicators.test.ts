import { buildGraph, indicatorComparisons, ingestText } from '@policy-kg/core';
import { describe, expect, it } from 'vitest';

describe('indicator comparisons', () => {
  const { store } = buildGraph([
    ...ingestText('全省卫生健康工作会议召开。会议指出,到2025年,全省人均预期寿命达到79岁。', {
      name: 'a.txt',
      published: '2021-03-01',
    }),
    ...ingestText('全省卫生健康工作会议召开。会议指出,2022年,全省孕产妇死亡率为11.3/10万,婴儿死亡率为4.5‰。', {
      name: 'b.txt',
      published: '2023-02-01',
    }),
    ...ingestText(
      '全省卫生健康工作会议召开。会议指出,2023年,全省孕产妇死亡率下降到10.5/10万,婴儿死亡率为4.2‰。2025年全省人均预期寿命达到79.5岁。',
      {
        name: 'c.txt',
        published: '2026-02-01',
      },
    ),
  ]);
  const rows = [...indicatorComparisons(store)].map(
    (r) =>
      `${r.comparison} ${r.metric} ${r.from.period}:${r.from.value} → ${r.to.period}:${r.to.value} Δ${r.difference} ×${r.ratio}`,
  );

  it('compares the same metric of the same place across periods, with the change', () => {
    expect(rows).toContain('change 孕产妇死亡率 2022:11.3 → 2023:10.5 Δ-0.8 ×0.9292');
    expect(rows).toContain('change 婴儿死亡率 2022:4.5 → 2023:4.2 Δ-0.3 ×0.9333');
  });

  it('sets a target against the later achieved value', () => {
    expect(rows.filter((r) => r.startsWith('target-vs-achieved'))).toEqual([
      'target-vs-achieved 人均预期寿命 2025:79 → 2025:79.5 Δ0.5 ×1.0063',
    ]);
  });
});
