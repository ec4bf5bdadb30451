import { DISTRIBUTIVE, DISTRIBUTIVE_BARE, DISTRIBUTIVE_TITLED } from './lexicons/speech.js';
import { groupBefore, objectsOf } from './statement-groups.js';
import type { Speaker } from './statement-speakers.js';
import type { StatementMention } from './types.js';

/**
 * A distributive act with its objects written after it (分别通报了A、B和C; 依次汇报了本地工作开展情况):
 * the object starts right after the verb (or its 了), never at a comma.
 */
const DISTRIBUTIVE_OBJECT =
  /^(?:分别|依次|先后|相继)(通报|解读|介绍|宣读|传达|汇报)了?([^,。;\n][^。;\n]{1,159}?)(?=[。;\n])/u;

/**
 * The topics of speeches in turn, after them (甲,乙先后作交流发言,分别围绕A、B谈了学习体会;
 * …,分别就A、B作了介绍): group 1 the topics.
 */
const TOPICS_AFTER = /^,分别(?:围绕|就|从|结合)(.{2,120}?)(?:谈了?|作了?|做了?|进行了?|介绍了?|交流了?|分享了?)/u;

/** What {@link distributiveActs} needs of the statement being read. */
export interface DistributiveContext {
  /** The subject before the verb (the last of the list before 分别). */
  speaker: Speaker;
  /** The name the subject resolved to (会议 never distributes). */
  name: string;
  /** Named people of the text, for the list before 分别. */
  people: readonly Speaker[];
  /** A statement of the subject with a verb ending at `vEnd`. */
  base: (verb: string, vEnd: number) => StatementMention;
}

/**
 * The acts of a 分别 at `at`, one per person of the list before it: 分别发言
 * (no topic), 分别就A、B作了发言 (the k-th topic to the k-th person, else the
 * whole list to each), 分别作了题为《A》和《B》的主旨演讲 (the k-th title), 分别通报了A、B和C / 分别解读了《A》和《B》 (the k-th
 * object). Undefined when no 分别 starts there.
 *
 * @example distributiveActs(text, at, { speaker, name, people, base })
 */
export function distributiveActs(text: string, at: number, ctx: DistributiveContext): StatementMention[] | undefined {
  const { speaker, name, people, base } = ctx;
  const acts: StatementMention[] = [];
  // 分别通报了A、B和C / 依次汇报了本地工作开展情况: one object per speaker in order, else the whole to each.
  const distObj = DISTRIBUTIVE_OBJECT.exec(text.slice(at, at + 200));
  if (distObj?.[1] && distObj[2] && name !== '会议') {
    const group = groupBefore(text, people, speaker);
    const objAt = at + distObj[0].length - distObj[2].length;
    const parts = objectsOf(distObj[2]);
    group.forEach((who, k) => {
      const part = parts.length === group.length ? parts[k] : undefined;
      const [from, len] = part ?? [0, distObj[2]?.length ?? 0];
      acts.push(splitAct(text, base(distObj[1] ?? '', objAt), who.name, objAt + from, len));
    });
    return acts;
  }
  const bare = DISTRIBUTIVE_BARE.exec(text.slice(at, at + 30));
  if (bare?.[3] && name !== '会议') {
    // 分别作交流发言 → 作交流发言 (a qualified act keeps its 作); 分别发言 → 发言.
    const verb = bare[2] && bare[3].length > 2 ? `${bare[2]}${bare[3]}` : bare[3];
    const group = groupBefore(text, people, speaker);
    // 先后作交流发言,分别围绕A、B和C谈了体会: the k-th topic is the k-th speaker's content.
    const vEnd = at + bare[0].length;
    const topics = TOPICS_AFTER.exec(text.slice(vEnd, vEnd + 160));
    const topicAt = topics?.[1] ? vEnd + topics[0].indexOf(topics[1]) : -1;
    const parts = topics?.[1] ? topicParts(topics[1], group.length) : [];
    group.forEach((who, k) => {
      const part = parts.length === group.length ? parts[k] : undefined;
      const st = base(verb, vEnd);
      acts.push(
        part
          ? splitAct(text, st, who.name, topicAt + part[0], part[1])
          : { ...st, speaker: who.name, rule: 'statement/distributive' },
      );
    });
    return acts;
  }
  // 分别作了题为《A》和《B》的主旨演讲: the k-th title to the k-th person, else none.
  const titled = DISTRIBUTIVE_TITLED.exec(text.slice(at, at + 200));
  if (titled?.[1] && titled[2] && name !== '会议') {
    const group = groupBefore(text, people, speaker);
    const titlesAt = at + titled[0].indexOf(titled[1]);
    const parts = objectsOf(titled[1]);
    if (parts.length !== group.length) return acts;
    group.forEach((who, k) => {
      const [from, len] = parts[k] ?? [0, 0];
      acts.push(splitAct(text, base(titled[2] ?? '', at + titled[0].length), who.name, titlesAt + from, len));
    });
    return acts;
  }
  const dist = DISTRIBUTIVE.exec(text.slice(at, at + 200));
  if (dist?.[1] && dist[2]) {
    const group = groupBefore(text, people, speaker);
    const topicAt = at + dist[0].indexOf(dist[1]);
    // 分别就A、B作了发言; two topics may be joined by 和/及 (分别就A和B作了介绍).
    const parts = topicParts(dist[1], group.length);
    parts.forEach(([from, len], k) => {
      const who = group.length === parts.length ? group[k] : undefined;
      if (who) acts.push(splitAct(text, base(dist[2] ?? '', at + dist[0].length), who.name, topicAt + from, len));
    });
    const verb = dist[2];
    if (group.length !== parts.length) {
      for (const who of group)
        acts.push(splitAct(text, base(verb, at + dist[0].length), who.name, topicAt, dist[1].length));
    }
    return acts;
  }
  return undefined;
}

/**
 * The topics of a list's acts as [offset, length] pairs: split at 、, or also at 和/及 when
 * that gives one topic per person (分别就A和B作了介绍; 分别围绕A、B和C谈了体会).
 */
function topicParts(topics: string, people: number): [number, number][] {
  const listed = topics.split('、');
  const joined = objectsOf(topics);
  if (listed.length !== people && joined.length === people) return joined;
  return listed.map((t, k) => [listed.slice(0, k).join('、').length + (k > 0 ? 1 : 0), t.length]);
}

/** `st` given to one person of a 分别 list, with the text from `start` (`len` long) as its content. */
function splitAct(text: string, st: StatementMention, speaker: string, start: number, len: number): StatementMention {
  st.speaker = speaker;
  st.rule = 'statement/distributive';
  st.content = { start, end: start + len };
  st.contentText = text.slice(start, start + len);
  return st;
}
