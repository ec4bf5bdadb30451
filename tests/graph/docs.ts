// Short documents written for these tests in the genre's own forms (a
// provincial meeting report: title, date line, who attended, who said what).
import { type Doc, ingestText } from '@policy-kg/core';

/** One text per document; the file name is the key. */
export const LINKING_DOCS: Readonly<Record<string, string>> = {
  // 甘肃, 2021: 王建国 as director of the provincial health commission.
  'gansu-2021.txt':
    '甘肃省卫生健康委员会召开全省疾病预防控制工作会议\n发布时间:2021-03-05\n3月4日,全省疾病预防控制工作会议在兰州召开。省卫生健康委主任王建国出席会议并讲话。王建国指出,要坚持人民至上、生命至上,持续巩固“动态清零”成果。',
  // 甘肃, 2023: the same person with a new title (vice-governor).
  'gansu-2023.txt':
    '甘肃省人民政府召开全省医疗保障工作会议\n发布时间:2023-06-10\n6月9日,全省医疗保障工作会议在兰州召开。副省长王建国出席会议并讲话。王建国强调,要深入实施健康中国战略,落实“动态清零”要求。',
  // 山东, 2022: the same name in another province: another person.
  'shandong-2022.txt':
    '山东省卫生健康委员会召开全省卫生健康工作会议\n发布时间:2022-01-20\n1月19日,全省卫生健康工作会议在济南召开。省卫生健康委主任王建国出席会议并讲话。王建国要求,要落实“两个确立”。',
};

/** Ingest one of the documents above (or any text) as a UTF-8 file. */
export function doc(name: string, text = LINKING_DOCS[name] ?? ''): Doc {
  const [d] = ingestText(text, { name });
  if (!d) throw new Error(`no text in ${name}`);
  return d;
}
