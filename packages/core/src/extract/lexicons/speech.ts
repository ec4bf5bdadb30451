/** Speech verbs, longest first when matched. */
export const SPEECH_VERBS: readonly string[] = [
  '安排部署',
  '总结',
  '作出重要批示',
  '作出批示',
  '作重要讲话',
  '发表讲话',
  '重要讲话',
  '批示',
  '指出',
  '强调',
  '要求',
  '表示',
  '提出',
  '传达',
  '宣读',
  '通报',
  '主持',
  '讲话',
  '认为',
  '希望',
  '介绍',
  '汇报',
  // An inspecting leader's charge to those visited (叮嘱医院负责同志,要…).
  '叮嘱',
  '嘱咐',
  '致辞',
  // A speaker's own account or pledge (坦言, 谈到, 承诺), a reply to the press (回应说),
  // and leading a study of a text (领学 X, a topic act like 传达 X).
  '回应说',
  '坦言',
  '谈到',
  '承诺',
  '领学',
  // A restated position (重申), a disclosure (透露), a point raised (提到), a
  // recommendation (建议), an encouragement of those addressed (勉励大家…, the
  // addressee opening the content, as 叮嘱), and a release (发布了《X》, a topic act).
  '重申',
  '透露',
  '提到',
  '建议',
  '勉励',
  '发布',
  // A warning to those addressed (特别提醒,要盯紧…).
  '提醒',
  // A blunt view (直言), an appeal (呼吁: a deputy's or member's call), words for
  // those addressed (寄语X:“…”), and 说道 (a quote's 说).
  '直言',
  '呼吁',
  '寄语',
  '说道',
  // A proposal (他提议,…), an admission (坦承,…), a warning to those addressed (告诫大家:“…”)
  // and a call on them (号召,…).
  '提议',
  '坦承',
  // A speaker's review of the past in a speech or report (在报告中回顾,…; 回顾了一年来的工作).
  '回顾',
  '告诫',
  '号召',
  // A reply or a pledge with its saying verb (针对…问题,X回应称,…; 记者问及…,X回答说,…;
  // X表态说,…): the act is the first verb (see SAID_AFTER_ACT).
  '回应称',
  '回答说',
  '回答称',
  '答复说',
  '答复称',
  '表态说',
  '表态称',
  '回应道',
  '回答道',
  // An inspection team's findings given back to those inspected (组长X反馈督导检查情况), and a
  // policy explained (副主任X解读了《X》): topic acts.
  '反馈',
  '解读',
  '说',
];

/**
 * What a meeting decides, in a 会议纪要's items and a 常务会议's report (会议同意X, 会议原则通过《X》,
 * 会议决定,…, 会议明确,…): acts of 会议 only, never of a person (他同意 is no act here).
 * 明确 is also a gap (会议明确指出): it is the act only where no speech verb follows.
 */
export const MEETING_DECISION_VERBS: readonly string[] = ['原则同意', '原则通过', '同意', '决定', '明确'];

/** A reply or a pledge written with its saying verb (回应称, 回答说, 表态说): group 1 is the act. */
export const SAID_AFTER_ACT: RegExp = /^(回应|回答|答复|表态)[说称道]$/u;

/** Verbs that take no content (the act itself is the statement). */
export const CONTENTLESS_VERBS: readonly string[] = ['主持', '讲话', '致辞', '作重要讲话', '发表讲话', '重要讲话'];

/**
 * Idioms that say something in a set phrase (算了一笔账:…, 打了个比方:…,
 * 举了一个例子:…), maybe to an addressee (给记者算了一笔账), and telling the press
 * (告诉记者,…; 告诉调研组,…): each with the verb it stands for; the content follows.
 */
export const SPEECH_IDIOMS: ReadonlyArray<readonly [RegExp, string]> = [
  // The account may be quoted (算了一笔“细账”).
  [/^(?:给|为|向|帮)?(?:本报)?(?:记者|大家|我们|笔者)?算了?(?:一)?笔[“"]?\p{Script=Han}{0,3}?账[”"]?/u, '算账'],
  [/^打了?(?:一)?个?比方(?:说)?/u, '打比方'],
  [/^举了?(?:一)?个?(?:例子|实例)|^举例(?:说)?/u, '举例'],
  [/^告诉(?:本报|本台)?(?:记者|笔者)/u, '告诉'],
  // Telling a visiting group or its leader before a comma (告诉调研组,…; 告诉前来检查的督导组,…).
  [/^告诉[^,。;:!?\n“”]{0,10}?(?:组|团|队|领导|同志|代表|委员)(?=[,:])/u, '告诉'],
];

/** Verbs that may follow a speaker written after a quote (“…”他说; “…”X坦言。). */
export const QUOTE_VERBS: readonly string[] = [
  '说道',
  '说',
  '表示',
  '坦言',
  '直言',
  '认为',
  '强调',
  '指出',
  '介绍',
  '谈到',
];

/**
 * A verb with its addressee before a colon (寄语新一批队员:“…”, 叮嘱大家:要…):
 * group 1 the verb; the content is after the colon. Without a colon the
 * addressee opens the content (勉励青年医生扎根基层).
 */
export const ADDRESSED: RegExp = /^(寄语|勉励|叮嘱|嘱咐|提醒)[^,。;:!?\n“”]{1,20}?(?=:)/u;

/** A report act: 作(了)工作报告 / 做…报告; group 2 a title it is given (作了题为《X》的工作报告), group 3 the report. */
export const REPORT_ACT: RegExp =
  /^(?:代表\p{Script=Han}{1,10}?)?((?:作|做)了?)(?:题为《([^》\n]{1,40})》的)?(\p{Script=Han}{0,12}?报告)/u;

/**
 * A report named by its title alone (作《关于X的报告》, 作了《X情况的说明》): group 1
 * the title, group 2 its kind (报告, 说明), which makes the act 作报告 / 作说明.
 */
export const TITLE_REPORT: RegExp = /^(?:代表\p{Script=Han}{1,10}?)?(?:作|做)了?《([^》\n]{2,60}?(报告|说明))》/u;

/** A distributive report: 分别 围绕/就 topics 进行了 (具体) verb. */
export const DISTRIBUTIVE: RegExp =
  /^(?:分别|先后)(?:结合[^,。;:\n]{1,12}?[,]?)?(?:围绕|就|对|从)(.{2,120}?)(?:进行了?|作了?|做了?)(?:具体|专题|重点|补充)?(通报和解读|通报|解读|发言|讲话|交流|部署|汇报|说明|介绍)/u;

/**
 * A visit, then the visitor's act later in the sentence (一行来我市调研X,对Y给予充分肯定,
 * 并强调Z; 率队督导X,强调Z; 带队检查X,要求Z), or a visit's own act alone (察看了X,叮嘱Y;
 * 详细了解X,要求Y): group 1 is the act.
 */
export const VISIT_THEN: RegExp =
  /^(?:(?:一行)?(?:先后|实地|深入)?(?:来到|来|到|赴|深入|走进|察看|查看|率队|带队)[^。;\n]{0,30}?(?:调研|检查|考察|视察|督导|走访|慰问|察看|查看|了解)|(?:详细|认真|仔细|实地)?(?:察看|查看|了解|走进|看望|慰问))[^。;\n]{0,60}?[,](?:并|同时|他|她)?(强调|指出|要求|表示|提出|叮嘱)/u;

/**
 * What may stand before a clause's subject in its clause: nothing, a time
 * (8月18日下午, 会上, 随后), an occasion (在随后召开的座谈会上) or a portfolio
 * (分管卫生健康工作的副市长X). A name after
 * anything else (对X的工作给予肯定, 由X主持) is no subject, so no antecedent of 他/她.
 */
export const CLAUSE_OPENER: RegExp =
  /^(?:会上|会议上|大会上|会后|会前|随后|最后|同时|此外|另外|其间|期间|当天|当日|日前|近日|近期|目前|今天|昨天|(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上)?|在[^,。;:\n]{1,30}?(?:上|中|时|期间)|(?:分管|主管|负责|联系)[^,。;:\n]{1,16}?的)$/u;

/**
 * What may stand before the part of the subject's title chain an official's
 * span covers: an attributive (在基层扎根27年的全国人大代表X) and the chain's head
 * (援伊医疗人才领队、州友谊医院党委副书记X), with no preposition or visiting
 * verb that would make the person an object (会见了省卫健委主任甲、副主任乙).
 */
export const TITLE_LEAD: RegExp =
  /^(?![对由把向给和与同跟让请被将按据经])(?!.*(?:看望|慰问|会见|接见|陪同|听取|邀请|感谢|学习|了))(?:[^,。;:\n“”]{2,24}?的)?(?:[^,。;:\n“”的]{1,24}?(?:代表|委员|领队|队长|组长|书记|主任|长|主席|专员)、)?$/u;

/** Pronouns that stand for the subject of an earlier clause. */
export const PRONOUNS: readonly string[] = ['他', '她'];

/** Attending and speaking: 出席会议并讲话 / 出席并致辞 / 出席启动仪式并致辞 / 到会讲话. */
export const ATTEND_AND_SPEAK: RegExp =
  /^(?:出席(?:[^,。;:\n并]{0,12}?(?:会议|活动|仪式|大会|典礼))?并|到会并?)(?:作|发表)?(?:重要)?(讲话|致辞)|^出席(?:新闻)?发布会[,,]?(?:并)?(介绍)(?:有关|相关)情况(?=[。,;])/u;

/**
 * A speech given a title (作了题为《X》的主旨演讲, 作题为《X》的专题讲座): group 1 the
 * title (its topic), group 2 the act as named. Titled reports are {@link REPORT_ACT}.
 */
export const TITLED_SPEECH: RegExp =
  /^(?:作|做|发表)了?题为《([^》\n]{1,60})》的(\p{Script=Han}{0,4}?(?:演讲|讲话|发言|讲座|授课|党课))/u;

/**
 * Titled speeches of a list, one title each in order (甲、乙分别作了题为《A》和《B》的主旨演讲):
 * group 1 the titles, group 2 the act as named.
 */
export const DISTRIBUTIVE_TITLED: RegExp =
  /^(?:分别|先后)(?:作|做|发表)了?题为((?:《[^》\n]{1,60}》[和、及与,]?){2,})的(\p{Script=Han}{0,4}?(?:演讲|讲话|发言|讲座|授课|报告))/u;

/** A speech act with a qualifier: 作总结讲话, 作了表态发言, 发表重要讲话. */
export const SPEECH_ACT: RegExp = /^(?:作|做|发表)了?(\p{Script=Han}{0,6}?)(讲话|发言|致辞)/u;

/**
 * A distributive act without topics: 分别发言, 分别作表态发言, and a list speaking
 * in turn (甲,乙,丙先后发言 / 依次发言: each one act), maybe at a place or an
 * occasion (分别在分会场作表态发言, 先后在会上发言). Group 1 is the
 * act, group 2 its 作/做 and group 3 its qualifier and noun: the verb is the act
 * as written without 了 (作交流发言, like 作工作报告), or the bare noun.
 */
export const DISTRIBUTIVE_BARE: RegExp =
  /^(?:分别|先后|依次|相继)(?:在[^,。;:\n]{0,10}?(?:上|中|会场|现场))?((作|做)?了?((?:表态|交流|典型)?(?:发言|讲话|致辞|汇报)))/u;

/**
 * A demand on a topic, after attending (应邀参加会议,并对X提出了明确要求; 出席会议,并就X提出要求),
 * or hopes for those addressed spelled out after a colon (对新班子提出三点希望:一要…), or
 * a counted or qualified set of opinions (就做好X提出四点意见:一是…, 就下一步工作提出具体意见):
 * group 1 is the topic, group 2 the act as written.
 */
export const TOPIC_DEMAND: RegExp =
  /^(?:(?:应邀|受邀)?(?:参加|出席)(?:会议|大会|活动)?[,,]?并)?(?:对|就)([^,。;:\n]{2,40}?)(提出了?(?:(?:明确|具体|殷切|更高|新的|几点|[一二两三四五六七八九十\d]点)?(?:(?:意见和)?要求|希望(?=:))|(?:几点|[一二两三四五六七八九十\d]点|具体|明确|指导)(?:意见|建议)|意见(?:和|与)?建议))/u;

/**
 * An announcement spelled out after a colon (宣布了县委的任免决定:经研究决定,任命…; 宣布:…).
 * Without a colon (宣布会议开幕, 宣布了任免决定。) nothing is said but the act's name.
 */
export const ANNOUNCED: RegExp = /^宣布了?[^,。;:\n“”]{0,24}?(?=:)/u;

/**
 * A topic act: 就/围绕/对 X 作了安排部署 / 作讲话 / 作了专题发言 / 进行了说明 (group 1 the
 * topic, group 2 the act, without its qualifier). 对照/对口/对标 are no 对 of a topic.
 */
export const TOPIC_ACT: RegExp =
  /^(?:就|围绕|对(?![照口标]))([^,。;:\n]{2,40}?)(?:作了?|做了?|进行了?)(?:专题|重点|交流|表态|典型|补充|具体)?(安排部署|部署|讲话|发言|汇报|通报|说明|解读|点评|总结)/u;

/** What follows a speech named as a noun, not an act (讲话精神, 讲话和报告, 讲话、报告). */
export const NOUN_AFTER_SPEECH: RegExp = /^(?:精神|和|与|及|、|的|要求|部署|重要指示|指示|批示)/u;

/** A clause relaying or studying a speech, which makes the speech its object (传达学习X重要讲话). */
export const STUDIED_BEFORE: RegExp = /(?:传达|学习|贯彻|落实|领会|研读)[^,。;:\n]*$/u;

/**
 * A transcript's turn label at a line start: 【role】 or a bare role word
 * (group 1 or 2), then who speaks, maybe after a title (group 3), maybe a
 * bracketed title, then a colon (【答】X:, 主持人X:, 市卫健委主任X:, X(市卫健委主任):).
 */
export const TURN_LABEL: RegExp =
  /^(?:【([^】\n]{1,8})】|(主持人|发布人|新闻发言人|发言人|答|问))?([\p{Script=Han}、]{0,30})(?:\([^)\n]{1,24}\))?[::]/u;

/** Turn roles whose words are procedure or questions, not a speaker's act (主持人, 记者问). */
export const HOST_ROLES: readonly string[] = ['主持', '记者', '问'];

/** Turn roles that answer a question (【答】). */
export const ANSWER_ROLES: readonly string[] = ['答'];

/** A host's invitation naming the act (请X副市长介绍…): group 1 who, group 2 the act. */
export const INVITED_ACTS: RegExp = /请([\p{Script=Han}、]{2,12}?)(介绍|通报|发布|解读|说明|回答)/gu;

/**
 * An appraisal clause before the speaker's act (充分肯定了X的工作,要求Y;
 * 对X表示感谢,并强调Y; 对X的做法给予肯定,叮嘱X要Y): group 1 is the act.
 */
export const APPRAISAL_THEN: RegExp =
  /^(?:对[^,。;:\n]{1,20}?)?(?:充分|高度)?(?:肯定|赞扬|表扬|称赞|感谢|表示感谢|表示肯定)了?[^,。;:\n]{0,30}[,](?:并|同时|他|她)?(要求|强调|指出|希望|提出|叮嘱|嘱咐)/u;

/**
 * A report a meeting heard, its speaker after the verb (听取了市卫健委主任X关于Y的汇报,
 * 听取了X同志受市政府委托作的关于Y的报告, 听取了受市政府委托,X作的关于Y的专项工作报告):
 * group 1 who (title and name), group 2 the topic, group 3 the report's kind
 * as written (专项工作, 执法检查, 工作), group 4 the noun (汇报, 报告).
 */
export const HEARD_REPORT: RegExp =
  /听取(?:了)?(?:受\p{Script=Han}{2,12}?委托[,]?)?([\p{Script=Han}、]{2,30}?)(?:同志)?(?:受\p{Script=Han}{2,12}?委托)?(?:所?作的)?关于([^,。;:\n]{2,60}?)的((?:专项|执法检查|调研|视察|审计|述职)?(?:工作|专题|情况)?)(汇报|报告)/gu;

/**
 * An act after a clause naming what was studied, heard or passed, of the same
 * subject (会议研究了X,强调Y; 会议审议通过《X》,要求Y; 听取了X汇报,指出Y):
 * group 1 is the act; the first clause gives only a topic.
 */
export const STUDIED_THEN: RegExp =
  /^(?:还|并|同时)?(?:研究|审议通过|审议|听取|讨论)了?[^,。;:\n]{2,60}?[,](?:并|同时)?(强调|要求|指出|提出)/u;

/**
 * An act after a deployment clause of the same speaker (会议还对X进行了安排部署,要求Y;
 * 对X作出部署,强调Y): group 1 is the act; the deployment itself gives only a topic.
 */
export const DEPLOYED_THEN: RegExp =
  /^(?:还|并|同时)?对[^,。;:\n]{2,40}?(?:进行了?|作了?|作出了?|做了?)(?:安排部署|部署|安排)[,](?:并|同时)?(要求|强调|指出|提出)/u;
