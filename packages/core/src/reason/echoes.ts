import { ancestors, DCTERMS, ID, KG, KG_RESOURCES, RDF, SCHEMA } from '@policy-kg/ontology';
import { nameOf, type Setting, SettingResolver } from './context.js';
import { byDate, daysBetween, subjects, type TripleSource, value } from './read.js';
import { bigrams, clauses, diceOf, foldForSimilarity } from './similarity.js';

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
  /** Minimum clause similarity (default 0.5). */
  minSimilarity?: number;
  /** Keep only echoes whose later speaker's name contains this. */
  speaker?: string;
  /** Keep only echoes whose later statement is on or after this ISO date. */
  from?: string;
  /** Minimum folded clause length compared (default 8 characters). */
  minClauseChars?: number;
  settings?: SettingResolver;
}

// Clauses that only frame a speech act (who attended, chaired, reported) are not content.
const FRAME = /出席|主持|讲话|作.{0,6}报告|做.{0,6}报告|宣读|参加会议/u;

interface StatementInfo {
  statement: string;
  doc: string;
  date: string;
  speaker?: string;
  setting: Setting;
  clauses: Array<{ text: string; grams: Map<string, number> }>;
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
  const min = options.minSimilarity ?? 0.5;
  const statements: StatementInfo[] = [];
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
      clauses: clauses(text, options.minClauseChars)
        .filter((c) => !FRAME.test(c))
        .map((c) => ({ text: c, grams: bigrams(foldForSimilarity(c)) })),
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
  for (const later of statements) {
    if (options.from && later.date < options.from) continue;
    if (options.speaker && !(later.speaker && nameOf(source, later.speaker).includes(options.speaker))) continue;
    for (const earlier of statements) {
      if (earlier.date > later.date) break;
      if (earlier.doc === later.doc || earlier.setting.rank >= later.setting.rank) continue;
      if (!contains(earlier.setting.place, later.setting.place)) continue;
      let best = 0;
      let pair: [string, string] = ['', ''];
      for (const a of earlier.clauses) {
        for (const b of later.clauses) {
          const d = diceOf(a.grams, b.grams);
          if (d > best) {
            best = d;
            pair = [a.text, b.text];
          }
        }
      }
      if (best >= min) {
        yield {
          earlier: side(earlier, pair[0]),
          later: side(later, pair[1]),
          similarity: Math.round(best * 1000) / 1000,
          lagDays: daysBetween(earlier.date, later.date),
        };
      }
    }
  }
}
