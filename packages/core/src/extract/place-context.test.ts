import { describe, expect, it } from 'vitest';
import { placeContext } from './place-context.js';
import { makeTestDoc } from './test-doc.js';

describe('placeContext', () => {
  it('takes the province a local text names most often', () => {
    const doc = makeTestDoc('全市上下要推进健康陕西建设。陕西省卫健委部署了工作,市委、市政府高度重视。');
    expect(placeContext(doc).province).toBe('陕西省');
  });

  it('does not count the places of a leader’s inspection visit (在福建三明市考察时指出)', () => {
    const doc = makeTestDoc(
      '2021年3月,总书记在福建三明市考察时指出,健康是幸福生活的基础。总书记在福建调研时强调医改。全市推进健康陕西建设。',
    );
    expect(placeContext(doc).province).toBe('陕西省');
  });
});

describe('placeContext: the place as the text writes it', () => {
  it('expands 县 to the form the text writes (峨山县), not the official name (峨山彝族自治县)', () => {
    const doc = makeTestDoc('中共峨山县委召开会议,县政府部署工作。', {
      jurisdiction: { level: 'county', name: '峨山彝族自治县', code: '530426' },
    });
    expect(placeContext(doc).county).toBe('峨山县');
  });
});

describe('placeContext: a county text’s prefecture', () => {
  it('takes the prefecture of the county from the gazetteer when the text names none', () => {
    const doc = makeTestDoc('全县卫生健康工作会议召开,县委、县政府高度重视。', {
      jurisdiction: { level: 'county', name: '青川县' },
    });
    expect(placeContext(doc).city).toBe('广元市');
  });
});
