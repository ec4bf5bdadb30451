import type { Doc } from '../segment/index.js';
import { mention } from './institution-parts.js';
import { boundedMatches, townParent } from './institution-towns.js';
import type { PlaceContext } from './place-context.js';
import { posTag } from './pos.js';
import type { InstitutionMention } from './types.js';

/** A community health centre named by its community alone (石园社区卫生服务中心), at a phrase boundary. */
const COMMUNITY_CENTRE = /(\p{Script=Han}{2,3}?)(社区卫生服务中心)/gu;

/**
 * jieba tags of a community's own name: place and person names, other proper nouns and words
 * unknown to the tagger (石园/x). A common noun, verb or pronoun before 社区卫生服务中心 (辖区,
 * 基层, 城市, 该, 建设) makes the centres a class.
 */
const COMMUNITY_NAME_TAGS = /^(?:ns|nr|nrt|nrfg|nz|x|zg)$/u;

/** Descriptors the tagger reads as names (新建/ns, 智慧/nr, 美丽/ns, 城市/ns): kinds of centres, none named. */
const DESCRIPTORS = /^(?:新建|已建|在建|拟建|筹建|改建|智慧|美丽|文明|温馨|城市|街镇|样板|示范|新型)$/u;
/** A named centre as a place visited or listed (来到, 在, 走进, 前往, 深入; 、和), or with its head after it. */
const VISITED_BEFORE = /^[到在进往入、和及与]$/u;
const ROLE_AFTER = /^(?:主任|负责人|院长|党支部|党总支)/u;

/**
 * Community health centres named after their community (来到石园社区卫生服务中心): one
 * unit, named with the text's county in front as a town's centre is (X区石园社区卫生服务中心).
 * Only where the text has a county of its own; a name read as one word the tagger knows as a
 * name (or does not know at all), never a common noun or a descriptor; and only as a place
 * visited or listed (来到X社区卫生服务中心) or with its head named after it (X社区卫生服务中心主任).
 */
export function* communityHealthCentres(doc: Doc, ctx: PlaceContext): Iterable<InstitutionMention> {
  const prefix = townParent(ctx);
  if (!prefix) return;
  for (const m of boundedMatches(doc.text, COMMUNITY_CENTRE)) {
    const name = m[1] ?? '';
    // A town's or street's centre is the towns' rule (仁和镇社区卫生服务中心, 通惠街道…).
    if (/[镇乡街道区县市]$/u.test(name)) continue;
    if (DESCRIPTORS.test(name)) continue;
    const end = m.index + m[0].length;
    if (!VISITED_BEFORE.test(doc.text[m.index - 1] ?? '') && !ROLE_AFTER.test(doc.text.slice(end, end + 3))) continue;
    const tokens = posTag(name);
    if (tokens.length !== 1 || !COMMUNITY_NAME_TAGS.test(tokens[0]?.tag ?? '')) continue;
    yield mention(doc, m.index, end, `${prefix}${m[0]}`, 'hospital', 'institution/community-centre', prefix);
  }
}
