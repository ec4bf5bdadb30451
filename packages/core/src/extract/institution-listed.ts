import type { Doc } from '../segment/index.js';
import { GENERIC_MIDDLES, LEFT_STOPS, LEVEL_CHARS, mention } from './institution-parts.js';
import { hasNonNameToken } from './pos.js';
import type { InstitutionMention } from './types.js';

/** A list item after a hospital: a name ending in 医院 (the shortest, 鼓楼医院 of 鼓楼医院对口支援). */
const NEXT_ITEM = /^[、和及与](\p{Script=Han}{2,10}?医院)/u;
/** Classes and roles of hospitals, no one body (县级医院, 综合医院, 其他医院, 附属医院, 上级医院). */
const CLASS_HEAD =
  /^(?:[省市县乡]级|[上下]级|综合|专科|中医|西医|中西医|其他|其余|所属|下属|附属|部分|多家|[一二两三四五六七八九十\d]+家|大型|当地|本地|外地|周边|对口|合作|成员|牵头|托管|受援|支援|帮扶|[各全本该])/u;

/** An ordinal hospital's name (第三中心医院, 第二人民医院), which only a place before it completes. */
const ORDINAL_ITEM = /^第[一二三四五六七八九十]{1,3}(?:人民|中心|中医)?医院$/u;

/** A kind of hospital written alone (肿瘤医院, 妇产医院, 传染病医院): a class, unless a name comes before it. */
const SPECIALTY_STEM =
  /^(?:儿童|妇产|妇女儿童|肿瘤|传染病|精神病?|口腔|眼科|骨科|康复|护理|老年病?|胸科|皮肤病?|职业病|结核病|心血管病?|脑科|耳鼻喉|整形|美容|中西医结合|民族|妇幼|产科|儿科)$/u;

/**
 * Hospitals named by a list they stand in (十堰市太和医院、市人民医院、国药东风总医院和市中医医院):
 * an item right after a hospital the extractor knows, ending in 医院, is a hospital too, named as
 * written (an enterprise's or a university's hospital carries no place). Class names (二级医院,
 * 县级医院, 肿瘤医院 alone), level short forms (市中医医院, read elsewhere) and items the tagger reads with a
 * verb or function word are none.
 *
 * @example listedHospitals(doc, known) // 国药东风总医院 after 市人民医院、
 */
export function listedHospitals(doc: Doc, known: readonly InstitutionMention[]): InstitutionMention[] {
  const text = doc.text;
  const out: InstitutionMention[] = [];
  const taken = (s: number, e: number) => [...known, ...out].some((m) => m.span.start < e && s < m.span.end);
  const queue = known.filter((m) => m.type === 'hospital');
  for (let prev = queue.shift(); prev; prev = queue.shift()) {
    const item = NEXT_ITEM.exec(text.slice(prev.span.end));
    const name = item?.[1];
    if (!name) continue;
    const start = prev.span.end + 1;
    const end = start + name.length;
    const stem = name.slice(0, -2);
    if (taken(start, end) || LEVEL_CHARS.includes(name[0] ?? '')) continue;
    // 天津市第一中心医院、第三中心医院: an ordinal item shares the place written before the first item.
    const place = prev.jurisdiction;
    if (ORDINAL_ITEM.test(name) && place && prev.name.startsWith(place)) {
      const m = mention(doc, start, end, `${place}${name}`, 'hospital', 'institution/listed-ordinal', place);
      out.push(m);
      queue.unshift(m);
      continue;
    }
    if (GENERIC_MIDDLES.test(stem) || CLASS_HEAD.test(stem) || SPECIALTY_STEM.test(stem)) continue;
    if (/医院|卫生院/u.test(stem)) continue;
    if ([...stem].some((ch) => LEFT_STOPS.includes(ch)) || hasNonNameToken(stem)) continue;
    const m = mention(doc, start, end, name, 'hospital', 'institution/listed');
    out.push(m);
    // The item after this one may be a hospital of its own (A医院、B医院、C医院).
    queue.unshift(m);
  }
  return out;
}
