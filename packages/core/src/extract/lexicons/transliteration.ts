/**
 * Transliterated personal names (Uyghur, Kazakh, Kyrgyz, Tibetan, Mongolian:
 * 艾尔肯·吐尼亚孜, 才让·多杰) are written as Han syllables with a dot between
 * the parts. Data only: the characters and the separators of that genre.
 */

/**
 * Separators written between the parts of such a name, as they survive the
 * normalizer's NFKC: · (U+00B7, also from Greek ano teleia U+0387), • (U+2022),
 * ‧ (U+2027), ・ (U+30FB, also from half-width U+FF65), ‐ (U+2010, also from
 * U+2011), . (from full-width ． U+FF0E), ∙ (U+2219), ⋅ (U+22C5), ⸱ (U+2E31) and
 * ꞏ (U+A78F). The ASCII hyphen (also from full-width －) is left out: it joins
 * ranges and compounds far more often than name parts.
 */
export const NAME_SEPARATORS: string = '·•‧・‐.∙⋅⸱ꞏ';

/** The separator of names in the report (the gold convention): the middle dot U+00B7. */
export const NAME_DOT = '·';

/**
 * Han characters used to transliterate minority and foreign personal names
 * (the syllables of 买买提, 吐尼亚孜, 多杰, 巴特尔, 古丽 …), by pinyin initial.
 * Each common word of the policy genre has a character kept out on purpose
 * (中国, 健康, 卫生, 服务, 家园, 发展), and so are one-character words that end
 * a name (和, 与, 及, 作, 在, 对, 同, 于, 向, 将, 并, 有, 曾) and title characters
 * (任, 席, 长, 记), so that a name part never runs into the word after or before it.
 */
export const TRANSLITERATION_CHARS: string = [
  '阿艾爱安昂敖奥傲',
  '巴拜白百柏班邦宝保包鲍贝比毕碧边别宾冰波伯博勃不卜布步',
  '才财采彩仓藏曹策岑查察柴禅昌常朝车辰陈成承赤崇楚川春纯次慈聪措错翠村存',
  '达答代黛丹旦单当道德登邓迪地帝典丁顶鼎东冬栋都杜度端堆敦顿多朵铎',
  '俄额厄恩尔儿',
  '法帆凡范方芳菲斐费芬丰峰夫弗福甫富',
  '嘎噶尕盖干甘刚钢冈岗高戈哥格葛根耿更公贡巩古谷固瓜关光圭贵桂衮郭果',
  '哈海亥罕汗含寒韩杭航浩豪合何河荷贺赫黑亨恒弘红宏洪鸿侯呼忽乎胡湖虎户花华桦怀欢环焕皇黄辉徽惠慧浑火霍',
  '吉集纪济加佳嘉甲贾坚剑江姜蒋降焦娇杰洁捷金津锦晋京晶景靖久玖居菊巨觉俊君',
  '卡喀开凯楷坎康考柯科可克肯孔寇库酷夸宽奎坤昆阔括',
  '拉腊辣来莱赖兰岚蓝澜朗郎浪劳乐勒雷蕾冷楞里理丽力立利励莉连莲廉良亮列烈林琳霖凌玲铃灵岭令刘留柳龙隆娄卢鲁陆路露伦仑罗洛络骆吕律',
  '玛马买麦迈满曼漫蔓芒毛茂么梅美玫媚门蒙孟梦米密蜜敏明铭鸣摩莫墨默姆木沐牧穆慕',
  '那纳娜乃奈耐南楠囊瑙内妮尼倪娘聂宁凝牛纽农努奴诺',
  '欧鸥',
  '帕派潘盘庞培佩沛彭蓬皮平萍珀坡泊普浦蒲朴',
  '齐奇其琦祁启琪棋旗恰乾强乔巧切钦琴秦勤沁青清庆琼穷丘秋求曲屈渠泉却确群',
  '冉然让饶热仁日荣容蓉肉如茹儒汝瑞润若',
  '撒萨塞赛桑瑟森僧沙莎纱山珊杉善尚绍舍申什沈圣胜盛诗施石史士世仕守寿舒淑树帅双顺司斯丝松宋苏素速索锁孙',
  '塔泰太台坦谭檀汤唐堂陶桃特腾提梯帖铁天田甜廷亭彤童图吐土吞托拓陀',
  '瓦娃哇外完宛婉万汪王旺望威薇韦维伟尉温文雯翁沃乌吾伍武舞悟',
  '西希昔息悉锡熙喜夕夏霞仙先鲜贤弦显香祥翔肖萧晓孝协谢辛欣鑫信星兴杏幸雄休修秀绣旭许绪轩宣萱雪勋逊',
  '牙雅亚娅焉炎岩延言研颜彦艳燕央扬羊阳杨洋仰尧姚瑶耀耶叶伊依衣仪夷宜怡颐义亦艺易益逸意翼因音阴银尹印英樱鹰盈莹赢颖永勇咏优尤由油游友酉余鱼渔宇羽雨语玉郁育裕豫元园原源圆远苑愿约悦越跃粤云芸允运韵',
  '扎札杂再赞则泽增詹占战章彰昭赵哲者珍真贞正郑芝支枝知织直智志钟忠仲周洲朱珠祝卓孜兹姿子宗祖左佐尊',
].join('');

/**
 * Elements of Tibetan personal names, which are written without a surname or a
 * dot (次仁多吉, 扎西顿珠, 索朗卓玛): a full name is two of them. Each is a name
 * element of the Tibetan areas (Tibet, Qinghai, Gansu, Sichuan, Yunnan), two
 * characters long.
 */
export const TIBETAN_NAME_PARTS: readonly string[] = [
  '扎西',
  '次仁',
  '多吉',
  '顿珠',
  '卓玛',
  '格桑',
  '尼玛',
  '达瓦',
  '达娃',
  '央金',
  '拉姆',
  '白玛',
  '旦增',
  '丹增',
  '平措',
  '洛桑',
  '罗桑',
  '普布',
  '边巴',
  '巴桑',
  '米玛',
  '朗杰',
  '卓嘎',
  '曲珍',
  '德吉',
  '益西',
  '强巴',
  '罗布',
  '次旦',
  '贡嘎',
  '琼达',
  '仁青',
  '群培',
  '土登',
  '阿旺',
  '嘎玛',
  '其美',
  '桑珠',
  '拉巴',
  '普琼',
  '索朗',
  '索南',
  '才让',
  '才旦',
  '东智',
  '嘉措',
  '加措',
  '公保',
  '更登',
  '措姆',
  '吉措',
  '多杰',
  '尕藏',
  '完玛',
  '拉毛',
  '仁增',
  '德庆',
  '次央',
  '巴珠',
  '央宗',
  '旺堆',
  '旺姆',
  '次珍',
  '扎巴',
  '晋美',
  '加央',
  '泽仁',
  '泽旺',
  '降措',
  '降央',
  '斯朗',
  '仁措',
  '贡布',
  '坚参',
  '坚赞',
  '丹巴',
  '班觉',
  '桑杰',
  '旦巴',
  '次成',
  '欧珠',
  '琼珍',
  '卓玛',
  '德央',
];
