/**
 * A second topic act of the same subject after a comma, inside the first one's
 * topic: 传达学习了X,传达了Y / 传达了X,并传达了Y (the act as written), and
 * 通报X,并对Y进行部署 (a deployment whose topic is Y: 部署, or 安排部署 as written), and a
 * view the subject goes on to state (通报了X,指出Y; 传达了X,并强调Y: its content runs on).
 */
const SECOND_TOPIC_ACT = /,(?:并|还|同时)?(传达学习|通报|传达|宣读)了/u;
const SECOND_SPEECH = /,(?:并|同时)?(?:他|她)?(指出|强调|要求)(?=[,:]?\p{Script=Han})/u;
const SECOND_DEPLOYMENT =
  /,(?:并|还|同时)?(?:对|就)([^,。;:\n]{2,40}?)(?:进行了?|作了?|作出了?|做了?)(?:具体|全面|专门|专题)?(安排部署|部署)(?=[。;,]|$)/u;

/** A second act found in a first act's topic. */
export interface SecondAct {
  verb: string;
  /** Where the first act's topic ends (the comma before the second act). */
  cut: number;
  /** Where the second act's verb ends. */
  vEnd: number;
  /** The second act's topic, when it is written inside its clause (the deployment's Y). */
  topic?: [number, number];
}

/**
 * The second topic act inside `[from, to)`, the topic of a first act; a
 * deployment only when `deploy` (a meeting's own 对X进行部署 is no act).
 *
 * @example secondTopicAct('通报了A情况,并对B工作进行部署。', { from: 3, to: 18, deploy: true })
 * // { verb: '部署', cut: 7, vEnd: 17, topic: [10, 13] }
 */
export function secondTopicAct(
  text: string,
  span: { from: number; to: number; deploy: boolean },
): SecondAct | undefined {
  const topic = text.slice(span.from, span.to);
  const relayed = SECOND_TOPIC_ACT.exec(topic);
  if (relayed?.[1]) {
    const cut = span.from + relayed.index;
    return { verb: relayed[1], cut, vEnd: cut + relayed[0].length };
  }
  const said = SECOND_SPEECH.exec(topic);
  if (said?.[1]) {
    const cut = span.from + said.index;
    return { verb: said[1], cut, vEnd: cut + said[0].length };
  }
  const deployed = span.deploy ? SECOND_DEPLOYMENT.exec(topic) : null;
  if (deployed?.[1] && deployed[2]) {
    const cut = span.from + deployed.index;
    const at = cut + deployed[0].indexOf(deployed[1], 1);
    return { verb: deployed[2], cut, vEnd: cut + deployed[0].length, topic: [at, at + deployed[1].length] };
  }
  return undefined;
}
