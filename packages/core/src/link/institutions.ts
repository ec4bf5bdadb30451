import { lookupNationalBodies, lookupPlaces, type NationalBody, type Place } from '@policy-kg/ontology';
import type { InstitutionMention, InstitutionType } from '../extract/index.js';
import { resolvePlace } from './places.js';
import type { LinkedInstitution } from './types.js';

/** `kg:InstitutionType` local names for the extractor's categories. */
const TYPE_NAMES: Readonly<Record<InstitutionType, string>> = {
  party: 'PartyOrgan',
  government: 'GovernmentOrgan',
  legislature: 'LegislativeOrgan',
  hospital: 'Hospital',
  cdc: 'DiseaseControlCenter',
  university: 'University',
  association: 'Association',
  other: 'OtherInstitution',
};

/**
 * A name that still starts with a bare level word (县委, 市卫生健康委,
 * 县人民医院) was not expanded to a place: it means "the body of this text's
 * place", so it is scoped to the text, never linked by name alone.
 */
const UNQUALIFIED = /^[省市县区乡镇州旗盟]/u;

/** The national body a name (or a former name) refers to, from the ontology's lexicon. */
export function nationalBody(name: string): NationalBody | undefined {
  const hits = lookupNationalBodies(name);
  return hits.length === 1 ? hits[0]?.body : undefined;
}

/**
 * Cross-document identity of an institution: a national body by its lexicon
 * id; a body whose canonical name carries its place (甘肃省卫生健康委员会) or
 * a proper name (兰州大学第二医院) by that name; an unexpanded short name
 * (县委) only inside its text.
 *
 * @example institutionKey('国家卫健委', 'doc:ab').key; // 'national:national-health-commission'
 */
export function institutionKey(name: string, textScope: string): { key: string; body?: NationalBody } {
  const body = nationalBody(name);
  if (body) return { key: `national:${body.id}`, body };
  if (UNQUALIFIED.test(name)) return { key: `${textScope}:${name}` };
  return { key: `name:${name}` };
}

/** Collects the institutions of one text by canonical name. */
export class InstitutionIndex {
  readonly byName = new Map<string, LinkedInstitution>();
  constructor(
    private readonly textScope: string,
    private readonly context: Place | undefined,
  ) {}

  /** Add a mention (or, with `mention` undefined, a body named only by an official's title). */
  add(name: string, mention?: InstitutionMention): LinkedInstitution {
    let inst = this.byName.get(name);
    if (!inst) {
      const { key, body } = institutionKey(name, this.textScope);
      inst = {
        key,
        name: body?.name ?? name,
        aliases: [],
        type: body?.type ?? (mention ? TYPE_NAMES[mention.type] : 'OtherInstitution'),
        mentions: [],
      };
      if (body) inst.nationalBody = body;
      this.byName.set(name, inst);
    }
    if (!mention) return inst;
    inst.mentions.push(mention);
    if (!inst.nationalBody && inst.type === 'OtherInstitution') inst.type = TYPE_NAMES[mention.type];
    for (const alias of [mention.alias, mention.name]) {
      if (alias && alias !== inst.name && !inst.aliases.includes(alias)) inst.aliases.push(alias);
    }
    if (!inst.place && !inst.nationalBody && mention.jurisdiction) {
      const place = resolvePlace(mention.jurisdiction, this.context);
      if (place) inst.place = place;
    }
    if (!inst.parentKey && mention.parent) inst.parentKey = this.add(mention.parent).key;
    return inst;
  }

  /** The place of a body named without a mention: its name's leading place, when the gazetteer knows it. */
  settlePlaces(): void {
    for (const inst of this.byName.values()) {
      if (inst.place || inst.nationalBody || UNQUALIFIED.test(inst.name)) continue;
      for (let i = Math.min(inst.name.length - 1, 12); i >= 2; i--) {
        const prefix = inst.name.slice(0, i);
        const place = lookupPlaces(prefix).length > 0 ? resolvePlace(prefix, this.context) : undefined;
        if (place) {
          inst.place = place;
          break;
        }
      }
    }
  }
}
