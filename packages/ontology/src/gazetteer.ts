import { readFileSync } from 'node:fs';
import { KG } from './vocabulary.js';

/** Level of an administrative division in the gazetteer. */
export type PlaceLevel = 'province' | 'prefecture' | 'county';

/** One administrative division (GB/T 2260). Its IRI is `${ID.place}${code}`. */
export interface Place {
  /** Six-digit GB/T 2260 code, e.g. `620100`. */
  readonly code: string;
  /** Full official name, e.g. `兰州市`. */
  readonly name: string;
  readonly level: PlaceLevel;
  /** Code of the parent division; absent for provinces. */
  readonly parent?: string;
  /** Short forms in use (`兰州`), without those an ancestor already owns (兰州新区 has none). */
  readonly shortNames: readonly string[];
  /** Wikidata QID, only where a source gives it (`data/division-wikidata.json`, see the package README). */
  readonly wikidata?: string;
}

/** Source of the gazetteer data, as recorded in `data/gazetteer.json`. */
export interface GazetteerSource {
  readonly package: string;
  readonly version: string;
  readonly dataDate: string;
  readonly origin: string;
  readonly license: string;
}

/** The `kg:level` individual for each gazetteer level. */
export const PLACE_LEVEL_TERMS: Readonly<Record<PlaceLevel, string>> = Object.freeze({
  province: KG.ProvincialLevel,
  prefecture: KG.PrefecturalLevel,
  county: KG.CountyLevel,
});

type Row = [code: string, name: string, level: PlaceLevel, parent: string, shortNames: string[]];

/** One row of `data/division-wikidata.json`: a QID with the source that gives it. */
interface WikidataRow {
  code: string;
  name: string;
  wikidata: string;
  source: string;
}

interface Index {
  source: GazetteerSource;
  byCode: Map<string, Place>;
  byName: Map<string, Place[]>;
  names: readonly string[];
}

let index: Index | undefined;

// Loaded on first use: importing the package stays cheap.
function load(): Index {
  if (index) return index;
  const url = new URL('../data/gazetteer.json', import.meta.url);
  const raw = JSON.parse(readFileSync(url, 'utf8')) as { meta: { source: GazetteerSource }; places: Row[] };
  const qids = loadWikidata();
  const byCode = new Map<string, Place>();
  const byName = new Map<string, Place[]>();
  for (const [code, name, level, parent, shortNames] of raw.places) {
    const wikidata = qids.get(`${code} ${name}`);
    const place: Place = Object.freeze({
      code,
      name,
      level,
      ...(parent ? { parent } : {}),
      shortNames: Object.freeze(shortNames),
      ...(wikidata ? { wikidata } : {}),
    });
    byCode.set(code, place);
    for (const n of [name, ...shortNames]) {
      const list = byName.get(n);
      if (list) list.push(place);
      else byName.set(n, [place]);
    }
  }
  const names = Object.freeze([...byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)));
  index = { source: Object.freeze(raw.meta.source), byCode, byName, names };
  return index;
}

// The QID table is kept apart from gazetteer.json: that file is regenerated from an npm package, the
// table is curated from a cited source. A row applies only while its name still equals the gazetteer's.
function loadWikidata(): Map<string, string> {
  const url = new URL('../data/division-wikidata.json', import.meta.url);
  const raw = JSON.parse(readFileSync(url, 'utf8')) as { divisions: WikidataRow[] };
  return new Map(raw.divisions.map((d) => [`${d.code} ${d.name}`, d.wikidata]));
}

/**
 * Divisions whose full name or short form is exactly `name`, provinces first, then by code.
 * An ambiguous short form returns all its divisions (`朝阳` → 朝阳区 in Beijing, 朝阳市, 朝阳县).
 *
 * @example
 * lookupPlaces('甘肃')[0]?.code; // '620000'
 */
export function lookupPlaces(name: string): readonly Place[] {
  return load().byName.get(name.trim()) ?? [];
}

/**
 * The division with this GB/T 2260 code, or undefined.
 *
 * @example
 * placeByCode('620100')?.name; // '兰州市'
 */
export function placeByCode(code: string): Place | undefined {
  return load().byCode.get(code);
}

/**
 * Parent, grandparent … of a division, nearest first; empty for a province or an unknown code.
 *
 * @example
 * ancestors('620102').map((p) => p.name); // ['兰州市', '甘肃省']
 */
export function ancestors(code: string): readonly Place[] {
  const { byCode } = load();
  const out: Place[] = [];
  for (let p = byCode.get(code); p?.parent !== undefined; ) {
    p = byCode.get(p.parent);
    if (!p) break;
    out.push(p);
  }
  return out;
}

/**
 * Every full name and short form, longest first (ties by code-unit order): the keys a place matcher needs.
 *
 * @example
 * placeNames().includes('张掖'); // true
 */
export function placeNames(): readonly string[] {
  return load().names;
}

/** Where the gazetteer data comes from: package, version and date of the underlying code list. */
export function gazetteerSource(): GazetteerSource {
  return load().source;
}

/** A division abolished or renamed before the gazetteer's code list (莱芜市, merged into 济南 in 2019). */
export interface FormerPlace {
  readonly code: string;
  readonly name: string;
  readonly level: PlaceLevel;
  readonly parent: string;
  /** When the change took effect: `YYYY-MM` where checked against a source, else `YYYY`. */
  readonly until: string;
  /** Current gazetteer codes that took over its area (the same code when only the name changed). */
  readonly successors: readonly string[];
  readonly note: string;
  /** Where the date was checked, when it was. */
  readonly source?: string;
}

let former: Map<string, FormerPlace[]> | undefined;

/**
 * Divisions that no longer exist under this full or short name (`data/division-changes.json`), for older
 * texts: `formerPlaces('莱芜')` → 莱芜市 (371200) until 2019-01, succeeded by 370116 and 370117.
 *
 * @example
 * formerPlaces('襄樊')[0]?.successors; // ['420600'] (renamed 襄阳市)
 */
export function formerPlaces(name: string): readonly FormerPlace[] {
  if (!former) {
    const url = new URL('../data/division-changes.json', import.meta.url);
    const raw = JSON.parse(readFileSync(url, 'utf8')) as { changes: FormerPlace[] };
    former = new Map();
    for (const change of raw.changes) {
      const place = Object.freeze({ ...change, successors: Object.freeze(change.successors) });
      const short = place.name.replace(/(地区|市)$/u, '');
      for (const n of new Set([place.name, ...(short.length >= 2 ? [short] : [])])) {
        const list = former.get(n);
        if (list) list.push(place);
        else former.set(n, [place]);
      }
    }
  }
  return former.get(name.trim()) ?? [];
}
