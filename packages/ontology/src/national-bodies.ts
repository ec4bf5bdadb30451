import { readFileSync } from 'node:fs';
import { WD_NAMESPACE } from './namespaces.js';

/** Kinds of national body: local names of `kg:InstitutionType` individuals, so `KG[body.type]` is the IRI. */
export type NationalBodyType =
  | 'PartyOrgan'
  | 'GovernmentOrgan'
  | 'LegislativeOrgan'
  | 'ConsultativeOrgan'
  | 'SupervisoryOrgan'
  | 'JudicialOrgan'
  | 'PublicInstitution'
  | 'DiseaseControlCenter'
  | 'Association'
  | 'MassOrganization';

/** A name a body used before (卫生部 before 2013), with the dates it was in use where known. */
export interface FormerName {
  readonly name: string;
  readonly aliases: readonly string[];
  /** xsd:date, xsd:gYearMonth or xsd:gYear string. */
  readonly from?: string;
  readonly until?: string;
}

/** A national body or top-level organ from the curated lexicon `data/national-bodies.json`. */
export interface NationalBody {
  /** Stable key, e.g. `national-health-commission`; use it to mint `${ID.institution}${id}`. */
  readonly id: string;
  /** Canonical full name, e.g. `中华人民共和国国家卫生健康委员会`. */
  readonly name: string;
  /** Other current names and abbreviations (国家卫生健康委, 国家卫健委). */
  readonly aliases: readonly string[];
  readonly type: NationalBodyType;
  /** `id` of the body it belongs to (国家疾控局 → national-health-commission). */
  readonly parent?: string;
  readonly from?: string;
  readonly until?: string;
  readonly formerNames: readonly FormerName[];
  /** Where the dates were checked; entries without one give years only. */
  readonly source?: string;
  /** Wikidata QID, only where confirmed; see the package README. */
  readonly wikidata?: string;
}

/** One hit of {@link lookupNationalBodies}: the body, and the former name that matched, if any. */
export interface NationalBodyMatch {
  readonly body: NationalBody;
  readonly formerName?: FormerName;
}

interface Index {
  bodies: readonly NationalBody[];
  byId: Map<string, NationalBody>;
  byName: Map<string, NationalBodyMatch[]>;
}

let index: Index | undefined;

function load(): Index {
  if (index) return index;
  const url = new URL('../data/national-bodies.json', import.meta.url);
  const raw = JSON.parse(readFileSync(url, 'utf8')) as { bodies: (NationalBody & { formerNames?: FormerName[] })[] };
  const bodies = raw.bodies.map((b) => Object.freeze({ ...b, formerNames: Object.freeze(b.formerNames ?? []) }));
  const byName = new Map<string, NationalBodyMatch[]>();
  const add = (name: string, match: NationalBodyMatch) => {
    const list = byName.get(name);
    if (!list) byName.set(name, [match]);
    else if (!list.some((m) => m.body === match.body)) list.push(match);
  };
  for (const body of bodies) {
    for (const name of [body.name, ...body.aliases]) add(name, { body });
    for (const formerName of body.formerNames) {
      for (const name of [formerName.name, ...formerName.aliases]) add(name, { body, formerName });
    }
  }
  index = { bodies: Object.freeze(bodies), byId: new Map(bodies.map((b) => [b.id, b])), byName };
  return index;
}

/**
 * Every body in the lexicon, in file order.
 *
 * @example
 * nationalBodies().length; // 47
 */
export function nationalBodies(): readonly NationalBody[] {
  return load().bodies;
}

/**
 * Bodies known by exactly this name, alias or former name. A former name also says which one matched
 * (卫生部 → 国家卫生健康委员会 with `formerName.until` '2013'); a joint name returns each body
 * (中央纪委国家监委 → 中央纪委 and 国家监委).
 *
 * @example
 * lookupNationalBodies('国家卫健委')[0]?.body.name; // '中华人民共和国国家卫生健康委员会'
 */
export function lookupNationalBodies(name: string): readonly NationalBodyMatch[] {
  return load().byName.get(name.trim()) ?? [];
}

/**
 * The body with this id, or undefined.
 *
 * @example
 * nationalBodyById('state-council')?.aliases; // ['国务院', '中央人民政府']
 */
export function nationalBodyById(id: string): NationalBody | undefined {
  return load().byId.get(id);
}

/**
 * Every name, alias and former name in the lexicon, longest first: the keys a matcher needs.
 *
 * @example
 * nationalBodyNames().includes('国家卫计委'); // true
 */
export function nationalBodyNames(): readonly string[] {
  return [...load().byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * The Wikidata entity IRI of a national body or a gazetteer place, when its QID is recorded.
 *
 * @example
 * wikidataIri({ wikidata: 'Q148' }); // 'http://www.wikidata.org/entity/Q148'
 * wikidataIri(placeByCode('620000')!); // 'http://www.wikidata.org/entity/Q42392' (甘肃省)
 */
export function wikidataIri(entity: { readonly wikidata?: string | undefined }): string | undefined {
  return entity.wikidata ? `${WD_NAMESPACE}${entity.wikidata}` : undefined;
}
