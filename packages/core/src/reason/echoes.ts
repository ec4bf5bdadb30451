import { ancestors, DCTERMS, ID, KG, KG_RESOURCES, RDF, SCHEMA } from '@policy-kg/ontology';
import { nameOf, type Setting, SettingResolver } from './context.js';
import { similarPairs } from './echo-candidates.js';
import { byDate, daysBetween, subjects, type TripleSource, value } from './read.js';
import { bigrams, clauses, diceOf, foldForSimilarity, phraseRuns, phrasesOf } from './similarity.js';

/** A statement as the echo rule sees it. */
export interface EchoSide {
  statement: string;
  date: string;
  speaker?: string;
  speakerName?: string;
  place: string;
  placeName: string;
  rank: number;
  /** The clause of the statement that matched best. */
  clause: string;
}

/** A later, lower-level statement that repeats an earlier, higher-level one. */
export interface EchoRecord {
  earlier: EchoSide;
  later: EchoSide;
  /** Best clause-pair character-bigram Dice, in [0, 1]. */
  similarity: number;
  lagDays: number;
}

/** Options of {@link echoes}. */
export interface EchoOptions {
  /**
   * Minimum similarity of the best unit pair (default 0.6: on the hand-labelled
   * corpus pairs, tests/reason/echo-gold.ts, precision 0.80 and recall 1.00 at 0.6,
   * 0.36 / 1.00 at 0.5, 1.00 / 0.75 at 0.7).
   */
  minSimilarity?: number;
  /** Keep only echoes whose later speaker's name contains this. */
  speaker?: string;
  /** Keep only echoes whose later statement is on or after this ISO date. */
  from?: string;
  /** Minimum folded clause length compared (default 8 characters). */
  minClauseChars?: number;
  settings?: SettingResolver;
  /**
   * How clause pairs are found: `indexed` (default) compares only pairs that
   * share a rare bigram ({@link similarPairs}, exact); `exhaustive` compares
   * every clause of every eligible statement pair (the reference it is tested
   * and benchmarked against). Both give the same records in the same order.
   */
  method?: 'indexed' | 'exhaustive';
  /**
   * Comparison unit: `phrase` (default) compares runs of 1–3 consecutive
   * comma phrases ({@link phraseRuns}), `clause` whole clauses between 。！？；.
   */
  unit?: 'phrase' | 'clause';
  /**
   * Phrase unit only (default true): an earlier statement is not the source of
   * a run whose every phrase (or a near-duplicate, Dice ≥ 0.6) was already
   * said in another document before it (or in an undated one, which may be
   * earlier): that is a formula of the genre
   * (以…为指导, 推动…高质量发展), and the run is not compared as the earlier
   * side. A phrase first said by the earlier statement and repeated down a
   * chain of levels stays an echo.
   */
  formulae?: boolean;
}

/** Default {@link EchoOptions.minSimilarity}, chosen on the hand-labelled corpus pairs. */
export const DEFAULT_ECHO_SIMILARITY = 0.6;

// Phrases this close (character-bigram Dice) count as one formula when counting the documents that use it.
const FORMULA_SIMILARITY = 0.6;

// Clauses that only frame a speech act (who attended, chaired, reported) are not content.
const FRAME = /出席|主持|讲话|作.{0,6}报告|做.{0,6}报告|宣读|参加会议/u;

interface StatementInfo {
  statement: string;
  doc: string;
  date: string;
  speaker?: string;
  setting: Setting;
  /** `formula`: never compared as the earlier side (see {@link EchoOptions.formulae}). */
  clauses: Array<{ text: string; grams: Map<string, number>; formula: boolean }>;
}

function contains(outer: string, inner: string): boolean {
  if (outer === inner || outer === KG_RESOURCES.china) return true;
  if (!outer.startsWith(ID.place) || !inner.startsWith(ID.place)) return false;
  const code = outer.slice(ID.place.length);
  return ancestors(inner.slice(ID.place.length)).some((p) => p.code === code);
}

/**
 * Echoes: pairs of statements from different documents where the earlier one
 * is said at a higher level (national → province → city → county), the later
 * one within its jurisdiction on the same day or later, and some clause of the
 * later repeats a clause of the earlier (character-bigram Dice ≥
 * `minSimilarity`). Sorted by the later statement's date.
 *
 * @example for (const e of echoes(store, { minSimilarity: 0.6 })) console.log(e.later.clause, e.similarity);
 */
export function* echoes(source: TripleSource, options: EchoOptions = {}): Iterable<EchoRecord> {
  const settings = options.settings ?? new SettingResolver(source);
  const min = options.minSimilarity ?? DEFAULT_ECHO_SIMILARITY;
  const statements: StatementInfo[] = [];
  const unit = options.unit ?? 'phrase';
  const prior = unit === 'phrase' && options.formulae !== false ? priorUse(source, FORMULA_SIMILARITY) : undefined;
  const units = (text: string): string[] =>
    unit === 'clause'
      ? clauses(text, options.minClauseChars)
      : phraseRuns(text, options.minClauseChars ? { minChars: options.minClauseChars } : {});
  for (const statement of subjects(source, RDF.type, KG.Statement)) {
    const text = value(source, statement, SCHEMA.text);
    const date = value(source, statement, DCTERMS.date);
    const doc = value(source, statement, SCHEMA.isBasedOn);
    const home = settings.textOf(statement);
    const setting = home ? settings.text(home) : undefined;
    if (!text || !date || !doc || !setting) continue;
    const speaker = value(source, statement, KG.speaker);
    statements.push({
      statement,
      doc,
      date: date.slice(0, 10),
      ...(speaker ? { speaker } : {}),
      setting,
      clauses: units(text)
        .filter((c) => !FRAME.test(c))
        .map((c) => ({
          text: c,
          grams: bigrams(foldForSimilarity(c)),
          formula:
            prior !== undefined && phrasesOf(c).every((p) => prior(foldForSimilarity(p), doc, date.slice(0, 10))),
        })),
    });
  }
  statements.sort((a, b) => byDate(a.date, b.date) || (a.statement < b.statement ? -1 : 1));
  const side = (s: StatementInfo, clause: string): EchoSide => ({
    statement: s.statement,
    date: s.date,
    ...(s.speaker ? { speaker: s.speaker, speakerName: nameOf(source, s.speaker) } : {}),
    place: s.setting.place,
    placeName: s.setting.placeName,
    rank: s.setting.rank,
    clause,
  });
  const eligible = (earlier: StatementInfo, later: StatementInfo): boolean =>
    earlier.date <= later.date &&
    earlier.doc !== later.doc &&
    earlier.setting.rank < later.setting.rank &&
    contains(earlier.setting.place, later.setting.place) &&
    !(options.from && later.date < options.from) &&
    !(options.speaker && !(later.speaker && nameOf(source, later.speaker).includes(options.speaker)));
  const found =
    options.method === 'exhaustive'
      ? exhaustivePairs(statements, eligible, min)
      : indexedPairs(statements, eligible, min);
  for (const m of found) {
    const earlier = statements[m.earlier] as StatementInfo;
    const later = statements[m.later] as StatementInfo;
    yield {
      earlier: side(earlier, earlier.clauses[m.a]?.text ?? ''),
      later: side(later, later.clauses[m.b]?.text ?? ''),
      similarity: Math.round(m.best * 1000) / 1000,
      lagDays: daysBetween(earlier.date, later.date),
    };
  }
}

/**
 * Whether a folded phrase, or a near-duplicate of it (Dice ≥ `similar`), is
 * said in a statement of another document dated before `date` or undated.
 */
function priorUse(source: TripleSource, similar: number): (folded: string, doc: string, date: string) => boolean {
  const uses = new Map<string, Array<{ doc: string; date: string }>>();
  for (const statement of subjects(source, RDF.type, KG.Statement)) {
    const text = value(source, statement, SCHEMA.text);
    const doc = value(source, statement, SCHEMA.isBasedOn);
    // An undated statement may have been said before any other: its phrases count as prior use.
    const date = value(source, statement, DCTERMS.date)?.slice(0, 10) || '';
    if (!text || !doc) continue;
    for (const clause of text.split(/[。！？；!?;\n]/u)) {
      for (const phrase of phrasesOf(clause)) {
        const folded = foldForSimilarity(phrase);
        const list = uses.get(folded);
        if (list) list.push({ doc, date });
        else uses.set(folded, [{ doc, date }]);
      }
    }
  }
  const phrases = [...uses.keys()];
  const reach = phrases.map((p) => [...(uses.get(p) ?? [])]);
  for (const [i, j] of similarPairs(
    phrases.map((p) => bigrams(p)),
    { min: similar },
  )) {
    reach[i]?.push(...(uses.get(phrases[j] as string) ?? []));
    reach[j]?.push(...(uses.get(phrases[i] as string) ?? []));
  }
  const byPhrase = new Map(phrases.map((p, i) => [p, reach[i] ?? []]));
  return (folded, doc, date) => (byPhrase.get(folded) ?? []).some((u) => u.doc !== doc && u.date < date);
}

/** A statement pair (indexes into the date-sorted statements) and its best clause pair. */
interface PairMatch {
  earlier: number;
  later: number;
  a: number;
  b: number;
  best: number;
}

type Eligible = (earlier: StatementInfo, later: StatementInfo) => boolean;

/** Every eligible statement pair, every clause pair: O(statements² × clauses²). Ties keep the first clause pair. */
function* exhaustivePairs(statements: StatementInfo[], eligible: Eligible, min: number): Iterable<PairMatch> {
  for (let l = 0; l < statements.length; l++) {
    const later = statements[l] as StatementInfo;
    for (let e = 0; e < statements.length; e++) {
      const earlier = statements[e] as StatementInfo;
      if (earlier.date > later.date) break;
      if (!eligible(earlier, later)) continue;
      let best = 0;
      let pair: [number, number] = [-1, -1];
      earlier.clauses.forEach((a, i) => {
        if (a.formula) return;
        later.clauses.forEach((b, j) => {
          const d = diceOf(a.grams, b.grams);
          if (d > best) {
            best = d;
            pair = [i, j];
          }
        });
      });
      if (best >= min) yield { earlier: e, later: l, a: pair[0], b: pair[1], best };
    }
  }
}

/**
 * The same pairs from the clause pairs {@link similarPairs} finds at `min`:
 * a statement pair's best clause pair is at least `min` exactly when it is
 * among them, and ties are broken the way the exhaustive loop breaks them
 * (first earlier clause, then first later clause).
 */
function indexedPairs(statements: StatementInfo[], eligible: Eligible, min: number): PairMatch[] {
  if (min <= 0) return [...exhaustivePairs(statements, eligible, min)];
  const owner: Array<[number, number]> = [];
  const bags = statements.flatMap((s, si) =>
    s.clauses.map((c, ci) => {
      owner.push([si, ci]);
      return c.grams;
    }),
  );
  const best = new Map<number, PairMatch>();
  const rejected = new Set<number>();
  const consider = (e: number, a: number, l: number, b: number, d: number) => {
    const key = l * statements.length + e;
    const seen = best.get(key);
    if (statements[e]?.clauses[a]?.formula) return;
    if (seen === undefined) {
      if (rejected.has(key)) return;
      if (!eligible(statements[e] as StatementInfo, statements[l] as StatementInfo)) {
        rejected.add(key);
        return;
      }
      best.set(key, { earlier: e, later: l, a, b, best: d });
    } else if (d > seen.best || (d === seen.best && (a < seen.a || (a === seen.a && b < seen.b)))) {
      Object.assign(seen, { a, b, best: d });
    }
  };
  for (const [x, y, d] of similarPairs(bags, { min })) {
    const [sx, cx] = owner[x] as [number, number];
    const [sy, cy] = owner[y] as [number, number];
    if (sx === sy) continue;
    consider(sx, cx, sy, cy, d);
    consider(sy, cy, sx, cx, d);
  }
  return [...best.values()].sort((p, q) => p.later - q.later || p.earlier - q.earlier);
}
