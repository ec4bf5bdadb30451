import { REPORT_ACT, TITLE_REPORT, TITLED_SPEECH } from './lexicons/speech.js';

/** A report or titled speech act: its verb as written, where it ends, the title it is given, if any. */
export interface ReportAct {
  verb: string;
  vEnd: number;
  title?: [number, number];
  rule: 'statement/report' | 'statement/titled-speech';
}

/**
 * A report or titled speech at `at`: 作了题为《X》的主旨演讲 (the act as named),
 * 作(了)工作报告 (verb as written without 了 or 代表X), 作了题为《X》的工作报告,
 * and a report named by its title alone, 作《X的报告》 (verb 作报告); a title is
 * the act's topic.
 *
 * @example reportAct('作《关于全年预算的报告》。', 0) // { verb: '作报告', vEnd: 12, title: [2, 11], rule: 'statement/report' }
 */
export function reportAct(text: string, at: number): ReportAct | undefined {
  const rest = text.slice(at, at + 90);
  const titledAt = (whole: string, title: string): [number, number] => {
    const t = at + whole.indexOf(`《${title}》`) + 1;
    return [t, t + title.length];
  };
  const speech = TITLED_SPEECH.exec(rest);
  if (speech?.[1] && speech[2]) {
    const title = titledAt(speech[0], speech[1]);
    return { verb: speech[2], vEnd: at + speech[0].length, title, rule: 'statement/titled-speech' };
  }
  const titled = TITLE_REPORT.exec(rest);
  if (titled?.[1] && titled[2]) {
    const title = titledAt(titled[0], titled[1]);
    return { verb: `作${titled[2]}`, vEnd: at + titled[0].length, title, rule: 'statement/report' };
  }
  const report = REPORT_ACT.exec(rest.slice(0, 60));
  if (!report) return undefined;
  // The lemma without 了 (作了工作报告 → 作工作报告).
  const verb = `${(report[1] ?? '').replace('了', '')}${report[3] ?? ''}`;
  const act: ReportAct = { verb, vEnd: at + report[0].length, rule: 'statement/report' };
  if (report[2]) act.title = titledAt(report[0], report[2]);
  return act;
}
