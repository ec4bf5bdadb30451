import type { Doc } from '../segment/index.js';
import {
  APPRAISAL_THEN,
  CONTENTLESS_VERBS,
  DEPLOYED_THEN,
  MEETING_DECISION_VERBS,
  PRONOUNS,
  SAID_AFTER_ACT,
  SPEECH_VERBS,
  STUDIED_BEFORE,
  STUDIED_THEN,
  VISIT_THEN,
} from './lexicons/speech.js';
import { meetingsOf } from './meeting.js';
import { officialsOf } from './official.js';
import { distributiveActs } from './statement-distributive.js';
import { attributionStart, quotedAct, speechForm } from './statement-forms.js';
import { dedupe } from './statement-groups.js';
import { heardReports } from './statement-heard.js';
import { coSigners, instructionContentAt, instructionOccasion } from './statement-instruction.js';
import { occasionOf } from './statement-meeting.js';
import { isSpeechNoun } from './statement-noun.js';
import { phraseActs } from './statement-phrases.js';
import { reportAct } from './statement-report.js';
import { secondTopicAct } from './statement-second.js';
import { contentAfter, endAtNext, skipGaps, topicAfter } from './statement-span.js';
import { collectSpeakers, fullNames, listenerOf, opensClause } from './statement-speakers.js';
import { turnStatements } from './statement-turns.js';
import { wordAt } from './text-utils.js';
import type { StatementMention } from './types.js';

const VERBS = [...SPEECH_VERBS].sort((a, b) => b.length - a.length);
/** Acts whose content is a topic, not a speech: it ends with the sentence. */
const TOPIC_VERBS = [
  '通报',
  '传达',
  '传达学习',
  '宣读',
  '介绍',
  '汇报',
  '总结',
  '安排部署',
  '部署',
  '发布',
  '反馈',
  '领学',
  '解读',
];
/** A speaker invited to speak (下面请市卫生健康委主任X介绍): 请, not part of 申请/提请, then a title. */
const INVITED = /(?<![申提报呈])请[\p{Script=Han}、]{0,14}$/u;
/** A speaker reported to (向省委书记X汇报): 向, not part of 面向/方向…, then a title. */
const REPORTED_TO = /(?<![面导方走转趋取指志动意去倾])向[\p{Script=Han}、]{0,12}$/u;
/** Topic acts a speaker may chain after attending or chairing (主持会议,安排部署X). */
const CHAINED = /^(?:会议|大会)?,(?:并|全面|系统)?(安排部署|部署|总结|强调|指出|要求)/u;

/**
 * Statements: speaker (an official, 会议, or 他/她 resolved to the nearest
 * named speaker) + optional adverbials + a speech verb, with the content that
 * follows to the end of the paragraph. 作工作报告 and 主持 are content-free
 * acts; joint 批示 give one statement per speaker; 分别 splits the topics over
 * the speakers in order.
 */
export function* extractStatements(doc: Doc): Iterable<StatementMention> {
  const text = doc.text;
  const officials = officialsOf(doc);
  const meetings = meetingsOf(doc);
  const speakers = collectSpeakers(doc, officials);
  // Named people only (for the lists before 分别).
  const people = speakers.filter((s) => !s.meeting && !s.zero && s.name !== '会议' && !PRONOUNS.includes(s.name));
  const out: StatementMention[] = [];
  let lastNamed: string | undefined;
  let lastNamedAt = -1;
  const pronounOf = new Map<string, string>();
  for (const sp of speakers) {
    // 请X介绍… is a host's invitation; the act is X's own turn…
    // …and 向X汇报 makes X the one reported to.
    const lead = text.slice(Math.max(0, sp.end - sp.name.length - 15), sp.end - sp.name.length);
    if (text[sp.start - 1] === '请' || INVITED.test(lead) || REPORTED_TO.test(lead)) continue;
    const at = skipGaps(text, sp.end);
    let name = sp.name;
    // A subjectless verb continues only a person who spoke earlier in the same paragraph.
    if (sp.zero && lastNamedAt <= text.lastIndexOf('\n', sp.start)) continue;
    if (PRONOUNS.includes(name)) {
      // A pronoun inside an act already read (…给予充分肯定,她要求 after an appraisal) is that act's.
      if (!lastNamed || out.some((o) => o.span.start < sp.start && sp.start < o.span.end)) continue;
      // 听完X的汇报,她强调: the listener speaks, not the one who reported last.
      const listener = sp.zero ? undefined : listenerOf(text, sp.start, fullNames(officials));
      if (listener === null) continue;
      const meant = listener ?? lastNamed;
      // 他 never stands for one the text called 她 (nor 她 for 他): the speaker is someone not named as an official.
      if (!sp.zero && (pronounOf.get(meant) ?? sp.name) !== sp.name) continue;
      if (!sp.zero) pronounOf.set(meant, sp.name);
      name = meant;
    }
    const base = (verb: string, vEnd: number): StatementMention => {
      const st: StatementMention = {
        kind: 'statement',
        span: { start: attributionStart(text, sp), end: vEnd },
        text: text.slice(sp.start, vEnd),
        rule: 'statement/speaker-verb',
        speaker: name,
        speakerSpan: { start: sp.start, end: sp.end },
        verb,
      };
      let occasion = occasionOf(doc, meetings, sp.meeting ? { at: sp.start, named: sp.meeting } : { at: sp.start });
      // A 批示, an act in one (在批示中指出) or one made 日前/近日 is dated apart from the meeting reported.
      if (verb.includes('批示') || /批示|日前|近日/u.test(text.slice(sp.end, at)))
        occasion = instructionOccasion(doc, occasion, { speakerAt: sp.start, verbAt: vEnd - verb.length });
      if (occasion.meeting) st.meeting = occasion.meeting;
      if (occasion.date) st.date = occasion.date;
      return st;
    };
    // “…”他说 / “…”X表示,…: the quote before its speaker.
    const quoted = name !== '会议' ? quotedAct(text, sp.start, at) : undefined;
    if (quoted) {
      const [qs, qe] = quoted.quote;
      const st = { ...base(quoted.verb, quoted.vEnd), span: { start: qs - 1, end: quoted.vEnd } };
      out.push({ ...st, content: { start: qs, end: qe }, contentText: text.slice(qs, qe), rule: 'statement/quote' });
    }
    const shared = distributiveActs(text, at, { speaker: sp, name, people, base });
    if (shared) {
      out.push(...shared);
      continue;
    }
    // A person named as what is studied (学习贯彻习近平新时代…) or owned (X的讲话) is no antecedent of 他/她.
    // Only a name opening its clause is one (赵某对李某的工作给予肯定,她要求: not 李某).
    const object =
      STUDIED_BEFORE.test(text.slice(Math.max(0, sp.start - 30), sp.start)) ||
      // …but X的发言/讲话 (宋某的发言朴实而恳切:“…”他希望…) makes X the one speaking.
      (text[sp.end] === '的' && !/^的(?:发言|讲话|致辞)/u.test(text.slice(sp.end, sp.end + 3))) ||
      !opensClause(text, sp.start);
    if (name !== '会议' && !PRONOUNS.includes(sp.name) && !object) {
      lastNamed = name;
      lastNamedAt = sp.start;
    }
    // 出席会议并讲话, 作重要讲话, 主持会议并讲话, 对X提出要求, 宣布…:, 就X作了部署: a set phrase's acts.
    const phrased = phraseActs(text, at, { start: sp.start, name, officials, base });
    if (phrased) {
      out.push(...phrased);
      continue;
    }
    // 作工作报告, 作《X的报告》, 作了题为《X》的主旨演讲: a title is the act's topic.
    const report = name !== '会议' ? reportAct(text, at) : undefined;
    if (report) {
      const st: StatementMention = { ...base(report.verb, report.vEnd), rule: report.rule };
      if (report.title) {
        st.content = { start: report.title[0], end: report.title[1] };
        st.contentText = text.slice(report.title[0], report.title[1]);
      }
      out.push(st);
      if (!PRONOUNS.includes(sp.name)) lastNamed = name;
      continue;
    }
    // Joint instructions: A,B 对…作出批示,content.
    const instr = /^对[^。\n]{1,30}?(作出重要批示|作出批示)/u.exec(text.slice(at, at + 40));
    // 充分肯定了X的工作,要求Y: the act after an appraisal clause of the same speaker.
    const appraised =
      (name !== '会议'
        ? (APPRAISAL_THEN.exec(text.slice(at, at + 50)) ?? VISIT_THEN.exec(text.slice(at, at + 100)))
        : null) ??
      DEPLOYED_THEN.exec(text.slice(at, at + 80)) ??
      STUDIED_THEN.exec(text.slice(at, at + 80));
    // 在他看来,…; 算了一笔账:…; 寄语X:“…”: a form standing for a verb.
    const form = appraised ? undefined : speechForm(text, at, sp.start);
    let verb = appraised?.[1] ?? form?.verb ?? wordAt(text, at, VERBS);
    let vEnd = appraised ? at + appraised[0].length : (form?.vEnd ?? at + (verb?.length ?? 0));
    if (!verb && instr?.[1]) {
      verb = '批示';
      vEnd = at + instr[0].length;
    }
    // 会议同意X / 会议一致同意X / 会议明确,X: a decision of the meeting (明确 itself may be skipped as a gap).
    const decisionAt = wordAt(text, at, MEETING_DECISION_VERBS) ? at : sp.end;
    const decision = !verb && name === '会议' ? wordAt(text, decisionAt, MEETING_DECISION_VERBS) : undefined;
    if (decision) {
      verb = decision;
      vEnd = decisionAt + decision.length + (text[decisionAt + decision.length] === '了' ? 1 : 0);
    }
    if (!verb) continue;
    const meetingVerbs = [
      '指出',
      '强调',
      '要求',
      '认为',
      '提出',
      '通报',
      '传达',
      '传达学习',
      ...MEETING_DECISION_VERBS,
    ];
    if (name === '会议' && !meetingVerbs.includes(verb)) continue;
    // 总结/部署 name the speaker's own report only right after the speaker (or 出席会议,).
    if (['总结', '安排部署', '部署'].includes(verb) && (name === '会议' || PRONOUNS.includes(sp.name))) continue;
    if (isSpeechNoun(text, { verb, speakerAt: sp.start, vEnd })) continue;
    // 传达学习 is one act (会议传达学习了X).
    if (verb === '传达' && text.startsWith('学习', vEnd)) {
      verb = '传达学习';
      vEnd += 2;
    }
    const st = base(verb.includes('批示') ? '批示' : (SAID_AFTER_ACT.exec(verb)?.[1] ?? verb), vEnd);
    let then: StatementMention | undefined;
    if (!CONTENTLESS_VERBS.includes(verb)) {
      // 作出批示指出,要…: the content starts after the relaying verb.
      const c = contentAfter(text, verb.includes('批示') ? instructionContentAt(text, vEnd) : vEnd, []);
      // A content verb with nothing after it on its line says nothing here (a headline's …时强调);
      // a 批示 is an act though its content is not given (对全省卫生健康工作作出批示。).
      if (!c && !verb.includes('批示')) continue;
      // Topic acts (通报/传达/宣读 X) end with their sentence, or at a comma that opens a second
      // topic act of the same subject (传达学习了X,传达了Y; 通报X,并对Y进行部署).
      if (c && TOPIC_VERBS.includes(verb)) {
        const stop = text.slice(c[0], c[1]).search(/[。;]/u);
        if (stop >= 0) c[1] = c[0] + stop + 1;
        // 通报典型案例并讲话: the topic ends at 并, and the speech is a second, content-less act.
        const spoke = /并(?:作|发表)?(?:重要)?(讲话|致辞)(?=[,。;])/u.exec(text.slice(c[0], c[1]));
        if (spoke?.[1] && spoke.index > 1) {
          const sEnd = c[0] + spoke.index + spoke[0].length;
          c[1] = c[0] + spoke.index;
          then = base(spoke[1], sEnd);
        }
        const second = secondTopicAct(text, { from: c[0], to: c[1], deploy: name !== '会议' });
        if (second) {
          c[1] = second.cut;
          then = base(second.verb, second.vEnd);
          const c2 = second.topic ?? topicAfter(text, second.vEnd);
          if (c2) {
            then.content = { start: c2[0], end: c2[1] };
            then.contentText = text.slice(c2[0], c2[1]);
          }
        }
      }
      if (c) {
        st.content = { start: c[0], end: c[1] };
        st.contentText = text.slice(c[0], c[1]).replace(/[”"]$/u, '');
      }
    }
    out.push(st);
    if (then) out.push(then);
    // 主持会议,安排部署X: the chair's own topic act.
    const chained = verb === '主持' ? CHAINED.exec(text.slice(vEnd, vEnd + 10)) : null;
    if (chained?.[1]) {
      const cEnd = vEnd + chained[0].length;
      const next = base(chained[1], cEnd);
      const c = topicAfter(text, cEnd);
      if (c) {
        next.content = { start: c[0], end: c[1] };
        next.contentText = text.slice(c[0], c[1]);
      }
      out.push(next);
    }
    if (verb.includes('批示')) {
      for (const o of coSigners(text, officials, { start: sp.start, name })) {
        out.push({ ...st, speaker: o.name, speakerSpan: { ...o.span }, rule: 'statement/joint' });
      }
    }
    if (name !== '会议') lastNamed = name;
  }
  // A transcript header's host (主持人:title X) chairs once, unless the text says so already.
  const chairs = new Set(out.filter((o) => o.verb === '主持').map((o) => o.speaker));
  const turns = turnStatements(doc, officials, meetings).filter((t) => t.verb !== '主持' || !chairs.has(t.speaker));
  // 会议听取了X关于Y的汇报。X汇报,…: the next sentence gives the same report with its words; one act.
  const heard = heardReports(doc, officials, meetings).filter(
    (h) =>
      !out.some(
        (o) =>
          o.speaker === h.speaker && o.verb === h.verb && o.span.start >= h.span.end && o.span.start - h.span.end <= 4,
      ),
  );
  out.push(...turns, ...heard);
  endAtNext(text, out);
  yield* dedupe(out);
}
