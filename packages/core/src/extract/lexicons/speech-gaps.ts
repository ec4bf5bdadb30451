/** Words and clauses a speaker's act may carry between the speaker and the verb (郭玉芬在讲话中指出). */

/** Adverbials allowed between a speaker and the verb (郭玉芬在讲话中指出). */
export const SPEAKER_GAPS: readonly string[] = [
  '全面',
  '系统',
  '同志',
  '在讲话中',
  '在会上',
  '在会议上',
  '在总结讲话中',
  '同时',
  '还',
  '也',
  '进一步',
  '最后',
  '首先',
  '再次',
  '特别',
  '充分',
  '并',
  '随后',
  '一致',
  '明确',
  '深刻',
  '严肃',
  '对此',
  // On the spot (她当场承诺), and the dispatcher's report at a 调度会 (调度通报了X).
  '当场',
  '调度',
  '就此',
  '郑重',
  // An undated past (X日前作出批示): the act is dated apart from the meeting reported.
  '日前',
  '近日',
  // The press as addressee before the verb (对记者说, 向记者介绍).
  '对记者',
  '向记者',
  '对本报记者',
  '向本报记者',
];

/**
 * A manner adverbial before a speech verb (开门见山地说, 深有感触地表示, 笑着说):
 * a short phrase ending in 地 or 着, only right before the verb.
 */
export const MANNER_GAP: RegExp = /^\p{Script=Han}{1,6}?[地着](?=(?:说|表示|介绍|坦言|直言|谈到|强调|指出|告诉))/u;

/**
 * An adverbial of place or occasion between speaker and verb (在全市卫生健康工作会议上, 在讲话时, 在X上讲话时),
 * or an activity ended with 后, only right before a speech verb (在听取汇报后指出).
 */
export const OCCASION_GAP: RegExp =
  /^在[^,。;:\n]{1,30}?(?:上|中|时|后(?=[,]?(?:指出|强调|要求|表示|提出|说)))(?:的讲话中|(?:讲话|发言|致辞)时)?/u;

/**
 * What the speaker speaks from, between speaker and verb (结合工作实际,对X提出了要求;
 * 结合分管工作强调, 结合会议精神指出): 结合 + a short object ending in 实际/情况/工作/精神,
 * maybe a comma.
 */
export const CONTEXT_GAP: RegExp = /^结合[^,。;:\n]{0,12}?(?:实际|情况|工作|精神)(?:实际|情况)?[,]?/u;

/**
 * An activity clause between speaker and verb, after an occasion or alone
 * (在常委会上听取X汇报时强调, 调研X时指出, 看望一线医务人员时表示), a visit to
 * a place before it (来我市调研时指出, 一行到X医院检查时强调), or the speaker's own
 * turn right before 时 (汇报时介绍, 发言时表示: one act, the verb after it). An activity
 * ended with 后 (听取汇报后指出) is one only right before a speech verb.
 */
export const ACTIVITY_GAP: RegExp =
  /^(?:(?:一行)?(?:来到?|到|赴)[^,。;:\n]{1,12}?(?=调研|检查|考察|视察|督导|走访))?(?:听取|调研|检查|考察|视察|看望|慰问|会见|督导|走访|参加|出席|主持|审议)[^,。;:\n]{0,24}?(?:时|后(?=[,]?(?:指出|强调|要求|表示|提出|说)))|^(?:汇报|发言|致辞|讲话)时/u;

/**
 * A place between speaker and the act done there (在韶关主持召开座谈会, 在县医院调研时), or a
 * longer venue ending with its head noun (在市政府七楼第三会议室主持召开, 在3号楼报告厅出席).
 */
export const PLACE_GAP: RegExp =
  /^在(?:\p{Script=Han}{2,8}?|[\p{Script=Han}\d]{2,16}?(?:会议室|会议中心|报告厅|礼堂|会堂|多功能厅|大厅|宾馆|酒店))(?=主持|召开|出席|调研|考察|视察|检查|督导|走访)/u;

/** Accompanying a visit, then the companion's own act (陪同调研并表示,…). */
export const ACCOMPANY_GAP: RegExp = /^陪同[^,。;:\n]{0,16}?并(?=表示|指出|强调|介绍|说)/u;

/** The one reported to, between the reporter and the act (院长X向副县长Y汇报,…; 向调研组介绍). */
export const ADDRESSEE_GAP: RegExp = /^向[\p{Script=Han}、]{2,14}?(?=汇报|介绍|说明)/u;

/**
 * A deliberation before the view it reached (会议研究认为, 会议经认真讨论认为, 审议认为):
 * only right before 认为, so that 会议审议通过X stays a decision.
 */
export const DELIBERATION_GAP: RegExp = /^(?:经过?)?(?:认真|深入|集体)?(?:研究|讨论|审议|分析)(?=认为)/u;
