import { charNgrams, queryNgrams, skipBigrams } from './fold.js';

/** Options of {@link Bm25Index}. */
export interface Bm25Options {
  /** Term-frequency saturation; default 1.2. */
  k1?: number;
  /** Length normalisation; default 0.75. */
  b?: number;
  /** Tokenizer of indexed texts; default character 1+2-grams of the folded text ({@link charNgrams}). */
  tokenize?: (text: string) => string[];
  /** Tokenizer of queries; default {@link queryNgrams} (drops function characters). */
  tokenizeQuery?: (text: string) => string[];
  /**
   * Weight of skip-bigram matches (characters i and i+2 of a Han run), in both directions:
   * the query's skip-bigrams against the texts' bigrams (a full query, an abbreviating text)
   * and the query's bigrams against the texts' skip-bigrams (an abbreviating query, a full
   * text: 卫健 ↔ 卫生健康). 0 turns them off. Default 0.5 (see {@link skipBigrams}).
   */
  skipWeight?: number;
}

/** Prefix of indexed skip-bigram terms (never produced by the tokenizers, which keep letters and digits only). */
const SKIP = '~';
const HAN_BIGRAM = /^\p{Script=Han}{2}$/u;

interface DocEntry {
  length: number;
  terms: Map<string, number>;
}

/**
 * Okapi BM25 over character unigrams and bigrams, incremental: `add` and `remove`
 * update postings in place, and statistics (N, avgdl, df) are read at query time.
 * On Chinese policy text this beat every weight-free dense method we tried (notes/embeddings.md).
 *
 * @example
 * ```ts
 * const bm = new Bm25Index();
 * bm.add('a', '加强基层医疗卫生人才队伍建设');
 * bm.search('基层医生', { k: 5 }); // [{ id: 'a', score: … }]
 * ```
 */
export class Bm25Index {
  private readonly k1: number;
  private readonly b: number;
  private readonly tokenize: (text: string) => string[];
  private readonly tokenizeQuery: (text: string) => string[];
  private readonly skipWeight: number;
  private readonly docs = new Map<string, DocEntry>();
  private readonly postings = new Map<string, Map<string, number>>();
  private totalLength = 0;

  constructor(options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    this.tokenize = options.tokenize ?? charNgrams;
    this.tokenizeQuery = options.tokenizeQuery ?? queryNgrams;
    this.skipWeight = options.skipWeight ?? 0.5;
  }

  /** Number of indexed texts. */
  get size(): number {
    return this.docs.size;
  }

  /** Whether `id` is indexed. */
  has(id: string): boolean {
    return this.docs.has(id);
  }

  /**
   * Indexes a text under `id`, replacing any text indexed under it before. `context`
   * (the document's place, the speaker) is indexed with the text, so a query naming it
   * (杭州…) prefers that document's passages even where the passage itself does not repeat it.
   */
  add(id: string, text: string, options: { context?: string } = {}): void {
    if (this.docs.has(id)) this.remove(id);
    const terms = new Map<string, number>();
    const tokens = this.tokenize(text);
    if (options.context) tokens.push(...this.tokenize(options.context));
    for (const t of tokens) terms.set(t, (terms.get(t) ?? 0) + 1);
    if (this.skipWeight > 0) {
      // Skip-bigrams in their own namespace, outside the length: they only answer query bigrams.
      for (const t of skipBigrams(text, { kind: 'passage' })) terms.set(SKIP + t, (terms.get(SKIP + t) ?? 0) + 1);
    }
    for (const [t, n] of terms) {
      let p = this.postings.get(t);
      if (!p) {
        p = new Map();
        this.postings.set(t, p);
      }
      p.set(id, n);
    }
    this.docs.set(id, { length: tokens.length, terms });
    this.totalLength += tokens.length;
  }

  /** Removes `id`; returns whether it was indexed. */
  remove(id: string): boolean {
    const entry = this.docs.get(id);
    if (!entry) return false;
    for (const t of entry.terms.keys()) {
      const p = this.postings.get(t);
      p?.delete(id);
      if (p && p.size === 0) this.postings.delete(t);
    }
    this.docs.delete(id);
    this.totalLength -= entry.length;
    return true;
  }

  /**
   * Scores every text sharing a term with the query and returns the best `k`
   * (default all), best first; `filter` drops ids before ranking.
   */
  search(
    query: string,
    options: { k?: number; filter?: (id: string) => boolean } = {},
  ): { id: string; score: number }[] {
    const n = this.docs.size;
    if (n === 0) return [];
    const avgdl = this.totalLength / n || 1;
    const qtf = new Map<string, number>();
    for (const t of this.tokenizeQuery(query)) qtf.set(t, (qtf.get(t) ?? 0) + 1);
    if (this.skipWeight > 0) {
      const bigrams = [...qtf.keys()].filter((t) => HAN_BIGRAM.test(t));
      for (const t of skipBigrams(query)) if (!qtf.has(t)) qtf.set(t, this.skipWeight);
      for (const t of bigrams) qtf.set(SKIP + t, this.skipWeight);
    }
    const scores = new Map<string, number>();
    for (const [t, qn] of qtf) {
      const p = this.postings.get(t);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.size + 0.5) / (p.size + 0.5));
      for (const [id, tf] of p) {
        const len = this.docs.get(id)?.length ?? avgdl;
        const s = (idf * tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * len) / avgdl));
        scores.set(id, (scores.get(id) ?? 0) + qn * s);
      }
    }
    const filter = options.filter;
    const hits: { id: string; score: number }[] = [];
    for (const [id, score] of scores) if (!filter || filter(id)) hits.push({ id, score });
    hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return options.k === undefined ? hits : hits.slice(0, options.k);
  }
}
