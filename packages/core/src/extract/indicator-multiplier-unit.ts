/** The unit of a bare multiplier (3164.5万) that the metric before it names (诊疗人次, 常住人口, 投入). */

/**
 * A count noun ending the text before a number, then what may stand between it and the number: a
 * verb of level (达, 为, 超过, 突破) with 已/共/累计/约/近. Statistical bulletins write the unit once,
 * in the metric (总诊疗人次达3164.5万, 诊疗人次812.4万, 常住人口已超过200万).
 */
const COUNT_METRIC_BEFORE =
  /(人次|人口|人数|老年人|老人|患者|居民|群众|儿童|妇女|孕产妇|职工|门急诊量|门诊量|急诊量|诊疗量|投入|资金|经费|收入|支出|费用|金额|总额)(?:已|共|累计|总计|合计)?(?:达到|达|为|是|超过|突破|逾|约|近|接近|不足|不到)?(?:约|近)?$/u;

/** What each count noun counts. */
const COUNT_UNIT: Readonly<Record<string, string>> = {
  人次: '人次',
  人口: '人',
  人数: '人',
  // People named by who they are (65岁以上老人7万多, 签约居民12.6万).
  老年人: '人',
  老人: '人',
  患者: '人',
  居民: '人',
  群众: '人',
  儿童: '人',
  妇女: '人',
  孕产妇: '人',
  职工: '人',
  // Visits counted as an amount (门急诊量达256万): 人次, as bulletins write them in full.
  门急诊量: '人次',
  门诊量: '人次',
  急诊量: '人次',
  诊疗量: '人次',
  // Money (财政投入达12.6亿, 医保基金支出45.2亿): 元.
  投入: '元',
  资金: '元',
  经费: '元',
  收入: '元',
  支出: '元',
  费用: '元',
  金额: '元',
  总额: '元',
};

/**
 * The unit a bare 万/亿 stands for when the metric right before the number names a count of people,
 * of visits or an amount of money: 人次 for 人次 and 门急诊量/诊疗量, 人 for 人口, 人数 and people named
 * by who they are (老人, 患者, 居民), 元 for 投入,
 * 资金, 收入, 支出 and the like. Returns undefined for any other metric (床位达2.86万, 覆盖面积3.2万),
 * where the multiplier alone remains the unit.
 *
 * @example countUnitOfMetric('全市医疗卫生机构总诊疗人次达') // '人次'
 */
export function countUnitOfMetric(before: string): string | undefined {
  const noun = COUNT_METRIC_BEFORE.exec(before)?.[1];
  return noun === undefined ? undefined : COUNT_UNIT[noun];
}
