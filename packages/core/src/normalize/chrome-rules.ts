/**
 * Web-page chrome as Chinese government and template sites print it. Data,
 * not logic: chrome.ts applies these to whole lines. Patterns describe page
 * furniture (navigation, share widgets, footers), never document content.
 */

/** Lines that are navigation or page furniture wherever they appear (matched at the line start). */
export const NAVIGATION_LINE =
  /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置|当前时间|今天是|欢迎(?:光临|观临|访问|来到)|加入收藏|设为首页|返回首页|返回顶部|网站首页|首页\s*[>»›]|无障碍|长者模式|繁體|English)/;

/** Short lines that are share/print/footer widgets. */
export const WIDGET_LINE =
  /^(?:[【[]?\s*(?:打印|关闭|关闭窗口|打印本页|打印此页|收藏|分享|分享到|字体|字号|大\s*中\s*小|默认大小|朗读|语音播报|扫一扫|附件下载|附件|相关附件|上一篇|下一篇|上一条|下一条|相关(?:文章|阅读|链接|新闻|范文推荐|推荐)|猜您喜欢|猜你喜欢|热门推荐|推荐阅读|延伸阅读|责任编辑|网站地图|联系我们|主办单位|承办单位|技术支持|版权所有|copyright|©).*)$/i;
/** Widget lines are short; a long line starting with 附件 is content. */
export const WIDGET_MAX_LENGTH = 40;

/** Footer lines: registration numbers and copyright (anywhere in the line). */
export const FOOTER_LINE = /(?:ICP备|公网安备|版权所有|Copyright\s|©\s*\d{4}|主办单位[:：]|网站标识码)/i;

/** Metadata keys a page prints above or below the text; the value runs to the next key or whitespace. */
export const META_KEYS: ReadonlyArray<{ key: RegExp; field: 'published' | 'source' | 'author' | 'views' }> = [
  // A repost page prints its own date as 转载时间 (the page's date; the original's may be earlier).
  { key: /^(?:发布日期|发布时间|发文日期|成文日期|发表时间|更新时间|转载时间|时间|日期)$/, field: 'published' },
  { key: /^(?:来源|信息来源|文章来源|原文来源|稿源|出处)$/, field: 'source' },
  { key: /^(?:作者|撰稿|撰文|编辑|责任编辑|发布者|发布人)$/, field: 'author' },
  { key: /^(?:浏览量|浏览次数|浏览|点击数|点击量|阅读量|阅读次数|访问量)$/, field: 'views' },
];

/** `key:` with an ASCII or full-width colon (NFKC has folded full-width already). */
export const META_FIELD =
  /(发布日期|发布时间|发文日期|成文日期|发表时间|更新时间|转载时间|信息来源|原文来源|文章来源|责任编辑|浏览次数|点击数|点击量|阅读量|阅读次数|访问量|浏览量|时间|日期|来源|稿源|出处|作者|撰稿|撰文|编辑|发布者|发布人|浏览)\s*[:：]\s*/g;

/** A meta line is short; longer lines that happen to contain `时间:` are content. */
export const META_MAX_LENGTH = 100;

/** Bullets that start navigation items (`• 加入收藏`). */
export const NAV_BULLET = /^[•·●▪◦»›>|]\s*/;

/** Boilerplate of essay-template sites (范文 collections): short framing lines, not content. */
export const BOILERPLATE_LINE =
  /^(?:下面是小编|以下是小编|小编为大家|本文(?:是|为)小编|希望(?:对你|对您|对大家|能给你|能帮助)|仅供参考|供大家参考|欢迎(?:阅读|借鉴|参考)|更多.{0,10}请(?:关注|访问)|点击下载|免费下载|下载本文|文档下载)/;
/** …and it must be this short to count. */
export const BOILERPLATE_MAX_LENGTH = 60;
