import type { Speaker } from './statement-speakers.js';
import type { OfficialMention, StatementMention } from './types.js';

/** What may stand between two subjects of one act: a separator, then the next one's title. */
const CO_SUBJECT_GAP = /^[,、][^,。;:\n]{0,30}$/u;
/**
 * Words that make the text between two officials a clause of its own (A出席会议,B主持);
 * 对口 (对口支援, 对口帮扶) names a partner body in the next one's title, no preposition.
 */
const CLAUSE_WORDS = /出席|参加|讲话|主持|致辞|指出|强调|要求|表示|并|和|与|及|在|对(?!口)|就|由/u;

/**
 * Officials written before `speaker` as co-subjects of its act, nearest last
 * (国家A委副主任甲,B部副部长乙出席会议并讲话 → [甲]): each separated from the
 * next by a comma or 、 and the next one's title only.
 *
 * @example coSubjects(text, officials, { start, name }).map((o) => o.name)
 */
export function coSubjects(
  text: string,
  officials: readonly OfficialMention[],
  speaker: { start: number; name: string },
): OfficialMention[] {
  const out: OfficialMention[] = [];
  let next = speaker.start;
  const before = officials
    .filter((o) => !o.partial && o.span.end <= speaker.start && o.name !== speaker.name)
    .sort((a, b) => b.span.end - a.span.end);
  for (const o of before) {
    if (o.span.end > next) continue;
    const between = text.slice(o.span.end, next);
    if (!CO_SUBJECT_GAP.test(between) || CLAUSE_WORDS.test(between)) break;
    out.unshift(o);
    next = o.span.start;
  }
  return out;
}

/**
 * The objects of a distributive act, as [offset, length] pairs: the 《》 titles
 * when there are any, else the items split at 、/和/及.
 */
export function objectsOf(objects: string): [number, number][] {
  const titles = [...objects.matchAll(/《([^》]+)》/gu)].map((m): [number, number] => [
    (m.index ?? 0) + 1,
    m[1]?.length ?? 0,
  ]);
  if (titles.length > 0) return titles;
  const out: [number, number][] = [];
  let from = 0;
  for (const m of objects.matchAll(/[、和及]/gu)) {
    out.push([from, (m.index ?? 0) - from]);
    from = (m.index ?? 0) + 1;
  }
  out.push([from, objects.length - from]);
  return out.filter(([, len]) => len >= 2);
}

/**
 * Between two items of a list that each carry their title: a separator, maybe
 * a portfolio before the next title (,分管卫生健康工作的副市长乙).
 */
const LIST_GAP = /^[、,](?:(?:分管|主管|负责|联系)[\p{Script=Han}、]{1,16}?的)?$/u;

/** Officials listed together before a 分别 (副主任陈明、张浩、刘伯荣分别…). */
export function groupBefore(text: string, people: readonly Speaker[], sp: Speaker): Speaker[] {
  const group: Speaker[] = [];
  // Officials and their bare repeated names (葛某、乔某分别…) alike; one entry per span end.
  const sorted = [...people].sort((a, b) => a.start - b.start || b.end - a.end);
  const idx = sorted.findIndex((o) => o.end === sp.end);
  if (idx < 0) return group;
  group.push(sorted[idx] as Speaker);
  for (let k = idx - 1; k >= 0; k--) {
    const o = sorted[k];
    const next = group[0];
    if (!o || !next) break;
    if (o.end > next.start) continue;
    // 副主任陈明、张浩 (shared title) or 省医保局局长甲、省中医药局局长乙 (one title each;
    // a comma may part the items when each carries its title: 副市长甲,县长乙,院长丙分别…,
    // and a portfolio may precede the title: 甲,分管X工作的副市长乙分别…).
    const shared = o.end + 1 === next.end - next.name.length;
    const own = LIST_GAP.test(text.slice(o.end, next.start)) && next.start < next.end - next.name.length;
    if (!shared && !own) break;
    group.unshift(o);
  }
  return group;
}

/** One statement per speaker, verb and content start. */
export function dedupe(list: StatementMention[]): StatementMention[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    // A content-less act at a named meeting is one act, though a headline repeats it (X主持召开Y).
    const at = s.content || !s.meeting ? (s.content?.start ?? s.span.end) : `@${s.meeting}`;
    const key = `${s.speaker}|${s.verb}|${at}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
