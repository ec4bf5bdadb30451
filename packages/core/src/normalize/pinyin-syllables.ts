/**
 * The syllables of Standard Mandarin in Hanyu Pinyin, without tones, one
 * row per initial (the zero initial first, with its y-/w- spellings). ü is
 * written ü here; readers fold `v` and `u:` to it first. The interjection
 * syllables m, n, ng, hm, hng and ê are left out on purpose: as bare letters
 * in parentheses they are far more often units or list markers than readings.
 */
const ROWS = [
  'a o e ai ei ao ou an en ang eng er',
  'yi ya yo ye yao you yan yin yang ying yong yu yue yuan yun',
  'wu wa wo wai wei wan wen wang weng',
  'ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu',
  'pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu',
  'ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu',
  'fa fo fei fou fan fen fang feng fu',
  'da de dai dei dao dou dan den dang deng dong di dia die diao diu dian ding du duo dui duan dun',
  'ta te tai tei tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun',
  'na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo nuan nü nüe',
  'la le lo lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo luan lun lü lüe',
  'ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang',
  'ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang',
  'ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang',
  'ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun',
  'qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun',
  'xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun',
  'zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang',
  'cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang',
  'sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang',
  're ri rao rou ran ren rang reng rong ru rua ruo rui ruan run',
  'za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun',
  'ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun',
  'sa se si sai sao sou san sen sang seng song su suo sui suan sun',
];

/** Every toneless Mandarin syllable, ü spelled ü. */
export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set(ROWS.flatMap((row) => row.split(' ')));

/**
 * Spellings of nüe and lüe without the diaeresis. Encodings such as Big5
 * have no ü, so pages write 虐 as `nue`; neither spelling is otherwise a
 * syllable, so folding them is safe (nu and lu are syllables in their own right
 * and stay as they are).
 */
export const PLAIN_U_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['nue', 'nüe'],
  ['lue', 'lüe'],
]);
