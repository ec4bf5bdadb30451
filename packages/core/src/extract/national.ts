import { nationalBodies } from '@policy-kg/ontology';
import { NATIONAL_BODIES } from './lexicons/institutions.js';
import type { InstitutionType } from './types.js';

/** Map of the ontology's institution types to the report's. */
const TYPE_OF: Readonly<Record<string, InstitutionType>> = {
  PartyOrgan: 'party',
  SupervisoryOrgan: 'party',
  GovernmentOrgan: 'government',
  LegislativeOrgan: 'government',
  ConsultativeOrgan: 'government',
  JudicialOrgan: 'government',
  DiseaseControlCenter: 'cdc',
  PublicInstitution: 'other',
  Association: 'association',
  MassOrganization: 'other',
};

/** Shortest surface we match on its own (国办, 中办 are too ambiguous inside other words). */
const MIN_SURFACE = 3;

let table: Map<string, { canonical: string; type: InstitutionType }> | undefined;

/**
 * Surface → canonical national body: the ontology's curated lexicon (names,
 * aliases, former names) first, then this package's own short list for
 * anything it lacks.
 */
export function nationalBodyTable(): ReadonlyMap<string, { canonical: string; type: InstitutionType }> {
  if (table) return table;
  table = new Map();
  for (const body of nationalBodies()) {
    const type = TYPE_OF[body.type] ?? 'other';
    const surfaces = [body.name, ...body.aliases];
    for (const former of body.formerNames) surfaces.push(former.name, ...former.aliases);
    for (const s of surfaces) {
      if (s.length < MIN_SURFACE || table.has(s)) continue;
      const canonical = body.formerNames.some((f) => f.name === s || f.aliases.includes(s)) ? s : body.name;
      table.set(s, { canonical, type });
    }
  }
  for (const [s, v] of Object.entries(NATIONAL_BODIES)) if (!table.has(s)) table.set(s, v);
  return table;
}
