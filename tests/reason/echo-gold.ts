/**
 * Hand-labelled echo pairs on the bundled corpus, read from the texts
 * (examples/corpus): 002 the 2022 national health-work conference
 * (2022-01-27), 000 Gansu's provincial conference (2022-02-17), 004
 * Hangzhou's (2023-04-18) and 003 Lüliang's (2023-04-21) city conferences.
 * Gansu can echo the national text only; Hangzhou (Zhejiang) and Lüliang
 * (Shanxi) can echo the national text, not Gansu's.
 *
 * A pair is identified by a quote from each side: the earlier statement's
 * text contains `earlier`, the later one's contains `later` (both after
 * folding to Simplified). `echo: true` when the later statement repeats a
 * point of the earlier one in its own words or the same words; `false`
 * marks near-misses: shared formulae of the genre (指导思想, 决策部署,
 * 以人民为中心), a year-review opening, or the same topic said differently.
 */
export interface EchoGold {
  earlier: string;
  later: string;
  echo: boolean;
  why: string;
}

export const ECHO_GOLD: readonly EchoGold[] = [
  // True echoes: Gansu repeats points of the national conference 21 days later.
  {
    earlier: '一是毫不放松抓好新冠肺炎疫情防控工作',
    later: '一是毫不松懈抓好新冠肺炎疫情防控工作',
    echo: true,
    why: 'the first of the tasks, one word changed (放松 → 松懈); also 积极应对人口老龄化 … 全面加强“一老一小”服务供给 and 推进疾控体系改革',
  },
  {
    earlier: '要毫不动摇坚持和加强党对卫生健康工作的全面领导',
    later: '二要聚焦举旗定向，坚持党对卫生健康工作的全面领导',
    echo: true,
    why: 'the party-leadership point repeated word for word',
  },
  {
    earlier: '锲而不舍纠“四风”树“新风”',
    later: '四要聚焦筑牢堤坝，持续纠“四风”树新风',
    echo: true,
    why: 'the work-style point repeated (锲而不舍 → 持续)',
  },
  {
    earlier: '三是以基层为重点，巩固健康扶贫成效与乡村振兴相衔接',
    later: '创新性地提出并推进健康扶贫与乡村振兴有效衔接',
    echo: true,
    why: 'the Gansu review repeats the national wording of two points: 健康扶贫…与乡村振兴…衔接, 全面加强“一老一小”服务',
  },
  // Near-misses.
  {
    earlier: '刚刚过去的2021年是党和国家历史上具有里程碑意义的重要一年',
    later: '2021年全省卫生健康系统认真贯彻落实党中央、国务院和省委、省政府决策部署',
    echo: false,
    why: 'both review 2021 (深化医改 / 深化医药卫生体制改革): the same topic, different words, and 决策部署 is a formula',
  },
  {
    earlier: '要以习近平新时代中国特色社会主义思想为指导',
    later: '2022年全省卫生健康系统要以习近平新时代中国特色社会主义思想为指导',
    echo: false,
    why: 'the guiding-ideology formula every level opens with',
  },
  {
    earlier: '要以习近平新时代中国特色社会主义思想为指导',
    later: '全市卫生健康系统要全面深入贯彻落实党的二十大精神',
    echo: false,
    why: '以人民为中心的发展思想, 卫生健康事业高质量发展: formulae',
  },
  {
    earlier: '要以习近平新时代中国特色社会主义思想为指导',
    later: '全系统各级党组织要围绕“五个聚焦”',
    echo: false,
    why: '两个确立, 两个维护, 迎接党的二十大胜利召开: formulae',
  },
  {
    earlier: '刚刚过去的2021年是党和国家历史上具有里程碑意义的重要一年',
    later: '刚刚过去的2022年，是充满挑战、极不平凡的一年',
    echo: false,
    why: 'the year-review opening, a different year',
  },
  {
    earlier: '刚刚过去的2021年是党和国家历史上具有里程碑意义的重要一年',
    later: '医药卫生体制改革不断深化，基层医疗卫生服务能力进一步提升',
    echo: false,
    why: 'Lüliang reviews its own 2022 in the review vocabulary of the genre',
  },
  {
    earlier: '三是以基层为重点，巩固健康扶贫成效与乡村振兴相衔接',
    later: '医药卫生体制改革不断深化，基层医疗卫生服务能力进一步提升',
    echo: false,
    why: 'a 2022 achievement, not the national task',
  },
  {
    earlier: '新冠肺炎疫情发生以来，广大卫生健康工作者全身心、全天候投入',
    later: '一是毫不松懈抓好新冠肺炎疫情防控工作',
    echo: false,
    why: 'care for front-line workers vs the epidemic task: only 新冠肺炎疫情防控工作 shared',
  },
  {
    earlier: '刚刚过去的2021年是党和国家历史上具有里程碑意义的重要一年',
    later: '一是毫不松懈抓好新冠肺炎疫情防控工作',
    echo: false,
    why: 'the 2021 review (全力以赴抓好新冠肺炎疫情防控和疫苗接种工作) vs a 2022 task',
  },
  {
    earlier: '坚守安全发展底线',
    later: '守好发展和安全底线',
    echo: false,
    why: 'one formula, otherwise unrelated (party leadership in Lüliang)',
  },
  {
    earlier: '刚刚过去的2021年是党和国家历史上具有里程碑意义的重要一年',
    later: '全系统各级党组织要围绕“五个聚焦”',
    echo: false,
    why: 'only the slogan 国之大者 shared (that is diffusion, not an echo)',
  },
];
