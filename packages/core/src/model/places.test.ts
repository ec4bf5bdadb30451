import { KG, KG_RESOURCES, SKOS } from '@policy-kg/ontology';
import { describe, expect, it } from 'vitest';
import { linkText } from '../link/index.js';
import { ingestText } from '../segment/index.js';
import { buildDocumentGraph } from './document-graph.js';

const graphOf = (text: string, name: string) => buildDocumentGraph(ingestText(text, { name }).map((d) => linkText(d)));
const objects = (quads: ReturnType<typeof graphOf>['quads'], s: string | undefined, p: string) =>
  quads.filter((q) => (s === undefined || q.subject.value === s) && q.predicate.value === p).map((q) => q.object.value);

describe('the place a text speaks for (issue 3)', () => {
  it('gives a national text (a 全国 conference) the country, labelled 全国, linked to Wikidata', () => {
    const g = graphOf(
      '2022年全国卫生健康工作会议在北京召开\n1月27日,2022年全国卫生健康工作会议在北京召开。会议强调,全国卫生健康系统要推进健康中国建设。',
      'national.txt',
    );
    expect(objects(g.quads, g.document.value, KG.jurisdiction)).toEqual([KG_RESOURCES.china]);
    expect(new Set(objects(g.quads, undefined, KG.jurisdiction))).toEqual(new Set([KG_RESOURCES.china]));
    expect(objects(g.quads, KG_RESOURCES.china, SKOS.altLabel)).toContain('全国');
    expect(objects(g.quads, KG_RESOURCES.china, SKOS.exactMatch)).toEqual(['http://www.wikidata.org/entity/Q148']);
  });

  it('gives a provincial text its province, and a text of no known level no place', () => {
    const gansu = graphOf(
      '甘肃省召开全省卫生健康工作会议\n全省卫生健康系统要抓好落实,甘肃省卫生健康委部署工作。',
      'gansu.txt',
    );
    expect(objects(gansu.quads, gansu.document.value, KG.jurisdiction)).toEqual([
      'https://w3id.org/policy-kg/id/place/620000',
    ]);
    const none = graphOf('会议强调,要抓好落实。', 'none.txt');
    expect(objects(none.quads, undefined, KG.jurisdiction)).toEqual([]);
  });
});
