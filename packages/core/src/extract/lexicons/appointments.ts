/**
 * The words of appointing in personnel notices and leading-group lists: the
 * roles a name takes with 任 (李华任组长), the verbs that appoint or remove
 * (任命X为…, 免去X…职务) and the words that close the posts. Data only.
 */

/**
 * Roles a name takes with a bare 任 after it (副省长于明任召集人, 王芳任副组长): the
 * 任 then ends the name. Title words count as roles too (李华任主任).
 */
export const APPOINTMENT_ROLES: readonly string[] = [
  '召集人',
  '副召集人',
  '总召集人',
  '组长',
  '副组长',
  '指挥长',
  '副指挥长',
  '总指挥',
  '副总指挥',
  '成员',
  '顾问',
  '负责人',
  '联络员',
  '总负责',
];

/**
 * Verbs of personnel notices that appoint a named person to posts written after
 * 为 (任命王海涛同志为县卫生健康局局长), longest first. A bare 任 opens a clause
 * (经研究,任X同志为…).
 */
export const APPOINTING_VERBS: readonly string[] = ['任命', '提名', '推荐', '聘任', '聘请', '任'];

/** Verbs that remove a named person from posts written before 职务 (免去X同志县卫生健康局局长职务). */
export const REMOVING_VERBS: readonly string[] = ['免去'];

/** Written after a name, removes the person from the posts after it (X同志不再担任县卫生健康局局长). */
export const REMOVAL_END = '不再担任';

/** Words that close the posts of an appointment or a removal (…局长职务, …县长候选人, …局长人选). */
export const TITLE_TERMINATORS: readonly string[] = ['职务', '候选人', '人选', '试用期'];
