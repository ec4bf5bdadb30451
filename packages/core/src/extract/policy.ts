import type { Doc } from '../segment/index.js';
import { NOT_DOCUMENT_SUFFIX, POLICY_HEADS } from './lexicons/policies.js';
import { THEMED_YEAR } from './lexicons/policy-context.js';
import { NUMBERED_FORMULA } from './lexicons/slogans.js';
import { resolveOverlaps } from './overlap.js';
import { headNounNames, isGeneric } from './policy-head.js';
import { policyMention } from './policy-mention.js';
import {
  campaignPrefixNames,
  healthPlaceNames,
  knownMechanisms,
  linkageNames,
  paymentMechanismNames,
  topicQuotedNames,
} from './policy-named.js';
import { isLawName, policyKindOf, quotedTerms } from './quoted.js';
import { touchesPlaceholder } from './text-utils.js';
import type { PolicyKind, PolicyMention } from './types.js';

/** A verb making a task something (作为, 列为, 当作) right before a quote. */
const RATED_AS = /(?:作为|列为|当作|当成)$/u;

/**
 * Policies: 《》 titles (documents; 条例/法 → law), quoted terms with or
 * followed by a head noun (“放管服”改革), and unquoted names ending in a head
 * noun (医药卫生体制改革, 党史学习教育), coordinated names split
 * (县乡一体化和乡村一体化改革 → both).
 */
export function* extractPolicies(doc: Doc): Iterable<PolicyMention> {
  const found: PolicyMention[] = [];
  const text = doc.text;
  for (const m of text.matchAll(/《([^《》\n]{2,60})》/gu)) {
    const inner = m[1] ?? '';
    const start = (m.index ?? 0) + 1;
    // Three characters or fewer in 《》 name a programme or a list (《光荣榜》), not a document.
    if (inner.length <= 3) continue;
    // Licences, broadcasts and papers (《医疗机构许可证》, 《新闻联播》) and bare head nouns (《规划纲要》) name no document.
    if (NOT_DOCUMENT_SUFFIX.test(inner) || isGeneric(inner) || POLICY_HEADS.some(([h]) => inner === h)) continue;
    const kind: PolicyKind = isLawName(inner) ? 'law' : 'document';
    found.push(
      policyMention(doc, {
        start: start - 1,
        end: start + inner.length + 1,
        name: inner,
        kind,
        rule: 'policy/title-marks',
      }),
    );
  }
  for (const q of quotedTerms(doc)) {
    // A term quoted inside a 《》 title is part of that title's name.
    if (q.inTitle) continue;
    if (q.headAfter) {
      // What a task is made (把X作为“一把手”工程, 列为“民心”工程) rates that task; it names no programme.
      if (RATED_AS.test(doc.text.slice(Math.max(0, q.start - 4), q.start - 1))) continue;
      const [head, kind] = q.headAfter;
      const gap = q.continuation ?? '';
      const p = policyMention(doc, {
        start: q.start - 1,
        end: q.end + 1 + gap.length + head.length,
        name: q.inner + gap + head,
        kind,
        rule: 'policy/quoted-head',
      });
      p.ambiguous = true;
      found.push(p);
      continue;
    }
    // A creation campaign under its quoted title (“平安医院”创建), or a themed year of work
    // (“作风建设年”): the quoted title names a campaign, which may also be read as a motto.
    const campaignRule = q.creation
      ? 'policy/quoted-creation'
      : THEMED_YEAR.test(q.inner)
        ? 'policy/themed-year'
        : undefined;
    if (campaignRule) {
      const p = policyMention(doc, {
        start: q.start - 1,
        end: q.end + 1,
        name: q.inner,
        kind: 'campaign',
        rule: campaignRule,
      });
      p.ambiguous = true;
      found.push(p);
      continue;
    }
    const kind = policyKindOf(q.inner);
    if (kind) {
      const p = policyMention(doc, { start: q.start - 1, end: q.end + 1, name: q.inner, kind, rule: 'policy/quoted' });
      if (NUMBERED_FORMULA.test(q.inner)) p.ambiguous = true;
      found.push(p);
    }
  }
  found.push(...headNounNames(doc));
  found.push(...knownMechanisms(doc));
  found.push(...campaignPrefixNames(doc));
  found.push(...linkageNames(doc));
  found.push(...healthPlaceNames(doc));
  found.push(...paymentMechanismNames(doc));
  found.push(...topicQuotedNames(doc));
  // A name holding a placeholder (《xx省安全生产条例》, “健康xx2030”) stands for no real policy;
  // filtered after overlaps are resolved, so nothing inside it (…实施方案) is read instead.
  yield* [...resolveOverlaps(found)].filter((p) => !touchesPlaceholder(doc, p.span));
}
