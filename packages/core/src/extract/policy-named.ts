import type { Doc } from '../segment/index.js';
import { AMBIGUOUS_MECHANISMS, CAMPAIGN_PREFIXES, HEALTH_NATIONS, KNOWN_MECHANISMS } from './lexicons/mechanisms.js';
import { MECHANISM_AS_MODIFIER, MECHANISM_COUNTED_AFTER, TOPIC_QUOTED_HEADS } from './lexicons/policy-context.js';
import { gazetteerPlaces, isKnownPlace } from './places.js';
import { isGeneric, leftEdge, STOP_CHARS, STOPS, trimJunk } from './policy-head.js';
import { policyMention } from './policy-mention.js';
import { posTag } from './pos.js';
import { lexiconMatcher } from './text-utils.js';
import type { PolicyKind, PolicyMention } from './types.js';

const matchMechanism = lexiconMatcher(Object.keys(KNOWN_MECHANISMS));

/** A count right before a name: the name is counted as units (组建6个县域医共体), not mentioned as a policy. */
const COUNT_BEFORE = /(?:\d+|[一二两三四五六七八九十百千]+|[xX]+)[个家所]$/u;

/** Verbs of leading or forming a body before 的 (牵头的医联体, 组建的医疗集团). */
const BODY_BEFORE = /(?:牵头|组建|成立)的?$/u;
/** Bodies counted right after the name (组建医共体11个). */
const COUNT_AFTER = /^(?:\d+|[一二两三四五六七八九十百]+)[个家所]/u;
/** The qualifier of a care network's reform (紧密型城市医疗集团): a text writes it once, then the short form. */
const CLOSE_KNIT = '紧密型';

/** A unit named after the mechanism, in one run of Han characters (医共体远程心电诊断中心). */
function namesUnit(after: string): boolean {
  const run = /^\p{Script=Han}{0,8}?(?:中心|分院|医院|卫生院)/u.exec(after)?.[0];
  return run !== undefined && !/建设|改革|试点/u.test(run);
}

/**
 * Well-known named mechanisms written without a head noun (分级诊疗, 家庭医生签约服务).
 * Not when the name only qualifies another noun (基本公共卫生服务经费, 医养结合机构,
 * 医共体内, 互认项目不少于100项) or is counted as units (6个县域医共体): the text then speaks of money,
 * bodies or places, not of the policy.
 */
export function* knownMechanisms(doc: Doc): Iterable<PolicyMention> {
  const text = doc.text;
  for (let i = 0; i < text.length; i++) {
    const name = matchMechanism(text, i);
    if (!name) continue;
    // The short form of a name the text writes in full (城市医疗集团 after 紧密型城市医疗集团) is that policy.
    const full = `${CLOSE_KNIT}${name}`;
    if (full in KNOWN_MECHANISMS && text.includes(full)) {
      i += name.length - 1;
      continue;
    }
    const kind = KNOWN_MECHANISMS[name];
    // Only a whole name: not the tail of a longer one (城乡医联体).
    const prev = text[i - 1] ?? '';
    const boundary =
      !/\p{Script=Han}/u.test(prev) ||
      STOP_CHARS.includes(prev) ||
      // Long names are not the tail of another word.
      name.length >= 5 ||
      '和与及的'.includes(prev) ||
      STOPS.some((w) => i >= w.length && text.startsWith(w, i - w.length)) ||
      posTag(text.slice(Math.max(0, i - 4), i)).at(-1)?.tag === 'v';
    const end = i + name.length;
    const modifier =
      MECHANISM_AS_MODIFIER.some((w) => text.startsWith(w, end)) ||
      MECHANISM_COUNTED_AFTER.test(text.slice(end, end + 12));
    const counted = COUNT_BEFORE.test(text.slice(Math.max(0, i - 6), i));
    // A body: one that is led or formed (牵头的医共体), counted (医共体11个), or that names a unit of its own (医联体X中心).
    const body =
      BODY_BEFORE.test(text.slice(Math.max(0, i - 4), i)) ||
      namesUnit(text.slice(end, end + 10)) ||
      COUNT_AFTER.test(text.slice(end, end + 4));
    if (kind && boundary && !modifier && !counted && !body) {
      const p = policyMention(doc, { start: i, end, name, kind, rule: 'policy/known-mechanism' });
      if (AMBIGUOUS_MECHANISMS.includes(name)) p.ambiguous = true;
      yield p;
    }
    i += name.length - 1;
  }
}

/** Integrity-building campaigns: prefix + a two-character unit (清廉机关, 清廉医院), before a list mark or 建设/创建/示范. */
export function* campaignPrefixNames(doc: Doc): Iterable<PolicyMention> {
  const text = doc.text;
  for (const prefix of CAMPAIGN_PREFIXES) {
    const re = new RegExp(`${prefix}(\\p{Script=Han}{2})(?=建设|创建|示范|促|[、”"])`, 'gu');
    yield* wholeMatchNames(doc, { text, re, kind: 'program', rule: 'policy/campaign-prefix' });
  }
}

/** Each whole match of `re` in `text` as a policy name of `kind`, found by `rule`. */
function* wholeMatchNames(
  doc: Doc,
  options: { text: string; re: RegExp; kind: PolicyKind; rule: string },
): Iterable<PolicyMention> {
  for (const m of options.text.matchAll(options.re)) {
    const at = m.index ?? 0;
    yield policyMention(doc, { start: at, end: at + m[0].length, name: m[0], kind: options.kind, rule: options.rule });
  }
}

/** Linkage policies: A 同/与 B 有效衔接 / 相衔接 (健康扶贫成果同乡村振兴有效衔接). */
export function* linkageNames(doc: Doc): Iterable<PolicyMention> {
  const text = doc.text;
  for (const m of text.matchAll(/(?:同|与)(\p{Script=Han}{2,8}?)(?:有效|相)衔接/gu)) {
    const conj = m.index ?? 0;
    // No token alignment here: the left part often starts with a verb-like noun (脱贫攻坚成果).
    const start = trimJunk(text, leftEdge(text, conj, false), conj);
    const left = text.slice(start, conj);
    if (left.length < 3 || isGeneric(left)) continue;
    const end = conj + m[0].length;
    yield policyMention(doc, { start, end, name: text.slice(start, end), kind: 'program', rule: 'policy/linkage' });
  }
}

/** A body after 健康X + 行动/建设 (健康中国行动推进委员会, 健康宁夏建设领导小组办公室). */
const HEALTH_PLACE_BODY = /^(?:行动|建设|战略)?(?:推进委员会|推进办|领导小组|委员会|办公室)/u;

/**
 * 健康 + a place (健康峨山, 健康温州): the genre's local health strategy,
 * named after the place's short form, and the national one (为健康中国建设贡献力量);
 * ambiguous (also read as a slogan).
 */
export function* healthPlaceNames(doc: Doc): Iterable<PolicyMention> {
  const text = doc.text;
  // After 建设/打造 (为建设健康X贡献力量, 为建设健康X多出实招) the phrase is the object of a contribution.
  const re =
    /(?<=建设|打造)健康(\p{Script=Han}{2,3}?)(?=贡献|作出|做出|提供|多|建言|出力|献计|添砖加瓦|保驾护航)|健康(\p{Script=Han}{2,3}?)(?=建设|行动|战略|[、,。;:”"\n]|$)/gu;
  for (const m of text.matchAll(re)) {
    const place = m[1] ?? m[2] ?? '';
    if (gazetteerPlaces(place).length === 0 && !isKnownPlace(place) && !HEALTH_NATIONS.includes(place)) continue;
    // 健康长寿 (long life) is one word, not 健康 + the district 长寿.
    if ((posTag(`健康${place}`)[0]?.word.length ?? 0) > 2) continue;
    const at = m.index ?? 0;
    // 健康中国行动推进委员会: a body named after the campaign, no mention of the strategy.
    if (HEALTH_PLACE_BODY.test(text.slice(at + 2 + place.length, at + 12 + place.length))) continue;
    // Quoted (“健康宁夏”, “健康宁夏建设”), it is read as a quoted term already; a quoted sentence opening
    // with it (“健康徐州建设没有旁观者…”) still names it.
    const closed = /^(?:建设)?[”"]/u.test(text.slice(at + 2 + place.length, at + 5 + place.length));
    if (/[“"]/u.test(text[at - 1] ?? '') && closed) continue;
    const p = policyMention(doc, {
      start: at,
      end: at + 2 + place.length,
      name: `健康${place}`,
      kind: 'strategy',
      rule: 'policy/health-place',
    });
    p.ambiguous = true;
    yield p;
  }
}

/**
 * Payment mechanisms named by their Latin acronym (DRG付费, DRG/DIP支付方式改革), also
 * spelled out with the acronym in brackets (按病组(DRG)付费, 按病种分值(DIP)付费):
 * the name walked left from 付费/支付 stops at non-Han letters, so they are read here.
 */
export function* paymentMechanismNames(doc: Doc): Iterable<PolicyMention> {
  const text = doc.text;
  const re =
    /按\p{Script=Han}{2,12}?\([A-Z]{2,5}\)(?:(?:和|与|及|、)\p{Script=Han}{2,12}?\([A-Z]{2,5}\))?(?:付费|支付)(?:方式)?(?:改革)?|(?<![A-Za-z(])[A-Z]{2,5}(?:[/、][A-Z]{2,5})?(?:付费|支付)(?:方式)?(?:改革)?/gu;
  yield* wholeMatchNames(doc, { text, re, kind: 'reform', rule: 'policy/payment-acronym' });
}

/**
 * An item named by its unquoted topic and a quoted head (新生儿出生“一件事”, 企业开办“一件事”):
 * the topic, walked left from the quote to a stop word, with the head is the name;
 * ambiguous, as the reform it belongs to (高效办成一件事) is read as a slogan too.
 */
export function* topicQuotedNames(doc: Doc): Iterable<PolicyMention> {
  const text = doc.text;
  for (const head of TOPIC_QUOTED_HEADS) {
    for (const m of text.matchAll(new RegExp(`[“"]${head}[”"]`, 'gu'))) {
      const open = m.index ?? 0;
      const start = trimJunk(text, leftEdge(text, open, false), open);
      const topic = text.slice(start, open);
      if (topic.length < 2 || isGeneric(topic)) continue;
      const p = policyMention(doc, {
        start,
        end: open + m[0].length,
        name: topic + head,
        kind: 'program',
        rule: 'policy/topic-quoted',
      });
      p.ambiguous = true;
      yield p;
    }
  }
}
