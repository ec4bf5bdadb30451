import { describe, expect, it } from 'vitest';
import { fuseScores } from './fuse-scores.js';

describe('fuseScores', () => {
  it('sums weighted min-max normalised scores; a missing item adds 0', () => {
    const fused = fuseScores(
      [
        [
          { id: 'a', score: 9 },
          { id: 'b', score: 5 },
          { id: 'c', score: 1 },
        ],
        [
          { id: 'c', score: 0.9 },
          { id: 'b', score: 0.7 },
          { id: 'd', score: 0.5 },
        ],
      ],
      { weights: [0.8, 0.2] },
    );
    const score = Object.fromEntries(fused.map((h) => [h.id, h.score]));
    expect(score.a).toBeCloseTo(0.8);
    expect(score.b).toBeCloseTo(0.8 * 0.5 + 0.2 * 0.5);
    expect(score.c).toBeCloseTo(0.2);
    expect(score.d).toBeCloseTo(0);
    expect(fused.map((h) => h.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lets a weak list break ties of a strong one without overturning a clear winner', () => {
    const strong = [
      { id: 'a', score: 10 },
      { id: 'b', score: 6 },
      { id: 'c', score: 6 },
      { id: 'z', score: 0 },
    ];
    const weak = [
      { id: 'c', score: 1 },
      { id: 'b', score: 0.5 },
      { id: 'a', score: 0 },
    ];
    expect(fuseScores([strong, weak], { weights: [0.8, 0.2] }).map((h) => h.id)).toEqual(['a', 'c', 'b', 'z']);
  });

  it('maps a list of equal scores to 1 and orders ties by id', () => {
    const fused = fuseScores([
      [
        { id: 'y', score: 3 },
        { id: 'x', score: 3 },
      ],
    ]);
    expect(fused).toEqual([
      { id: 'x', score: 1 },
      { id: 'y', score: 1 },
    ]);
  });
});
