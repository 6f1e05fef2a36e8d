#!/usr/bin/env node
// A synthetic corpus of report-shaped texts with planted shared passages, and the truth of what was planted where.
// Background text is drawn from a large vocabulary of made-up words, shuffled, so reports share no long runs by
// chance; everything they do share was planted: template lines (title, headings), formulae that many reports use,
// and copied passages, verbatim or lightly edited (agency name, a number, a punctuation mark, a character or two).
//
//   npm run synth -- --reports 1000 --seed 1 --out /tmp/corpus
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, fast, reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTS = [
  ['measures', ['一、{y}年推进法治政府建设的主要举措和成效', '一、{y}年法治政府建设工作情况', '一、主要做法和成效']],
  ['problems', ['二、存在的不足和原因', '二、存在的问题', '二、存在的主要问题']],
  ['duties', ['三、党政主要负责人履行推进法治建设第一责任人职责情况', '三、主要负责人推进法治政府建设履职情况']],
  ['plans', ['四、{next}年推进法治政府建设的主要安排', '四、下一步工作计划', '四、{next}年工作打算']],
];
/** Shares of a report's body per part. */
const PART_SHARE = { measures: 0.55, problems: 0.12, duties: 0.13, plans: 0.2 };
const PLACES = ['东城', '西城', '南岸', '北湖', '江北', '渝中', '沙坪', '九龙', '大渡', '巴南', '长寿', '江津', '合川', '永川', '南川', '綦江', '潼南', '铜梁', '荣昌', '璧山'];
const DEPTS = ['科学技术局', '司法局', '财政局', '教育委员会', '民政局', '商务委员会', '生态环境局', '交通局', '水利局', '农业农村委员会', '文化旅游委员会', '卫生健康委员会', '应急管理局', '审计局', '统计局', '医疗保障局', '林业局', '市场监督管理局', '规划和自然资源局', '住房和城乡建设委员会'];

/** The 1,500 commonest characters of the Shenzhen work reports: simplified, so parsing leaves them as they are. */
const POOL =
  '业建区新的全大设化和展发实进中工国动推一加市力产政等成务人体深高生城创作公制增地项提改行平会持民强开个理合社年造服重心以家企资治保能学完上施点面目用水基快为质入经现科升管机在安文度量有主育规系技要出优法好坚不代通革级三长济办方是医共定更程道事打标性园部落万府划金立品总圳元支场际环善海教领对态投域范引集路台续位构计各融效分商整活源明亿与院境交特统信防精向型期策数我准港批网省协稳色先式广山二示应综放联线多外监智运导小专时下到本同群物电决研费口步空流利供健风党关率五局村战间十四前消东委达自才术营居结第模及做转障积们试调指田任过内龙护控校促光权解农核争就次意绿础来题众房清取件求类培老车极险干速街康湾收南超头首名表得住员所扩两义接严近值验单格抓条处获习河排案预疗养聚户福略问片土突里备评形息低筹督配查层确之站了势团湖华断于贸功最责职审神污组子果议比游气助启字均带易节贯链减降美扶举招岗双筑布兴难情识央界围旅宝可依套把澳惠门思正破执列置需让球西着牌固米盖端究互彻百探复覆益粤慧镇药届索财补赛约零队盐想攻天卫其使记北世常给认挥额六占措变价周努观跨税儿连未别将违景感馆军坪当微充算段乡传困并八从书碳具疫普无后紧显知至号继岸据史贫织牢历报维扎沙铁足拓奋检相染罗考食律少参然励绩洋移命帮受切日装细真县选司身测序志还起素林急视托存奖今珠满鹏师者九室除青享千器底容压走激种例署络照库旧病竞必影键座较承花警七边航密担幼见按响念斗香则救每都纳这良廉证终手训红再垃圾板负鼓患践楼回艺直隐宗厂由士修江图购编去非乐征因灾宜圈树反顺股便请告博注汽守租采劳待遇丽象角始载荣衡阶族绕轨巩月累云售富客短石廊而洁属辖拥庭限焦退滨振适尚径临拆纽已失纠沿停延包侨银料故枢须原留州贷扬讲左右童访察涉也危轮谋初击黑远登免论诊储货援撑越伍克汕星岭予驻诉份张脱半派根材梅贴债挂疾壮丰觉勇桥饮黄爱般余释秀献纷残盾友纪店挑销马申燃吸耗驱矛看床亮些仍循抢胜碧牵顾妇遗休尽迈迁德即侧幸输顶软离谐汇样款废官签亚致油贡胞蓝块兵付热幅硬英换洲害估话握渠倍典愿腐敢频孵峰针餐宣此潜纵著闲币谷冠巨赋逐净宽异松杆巡简差涌慢伟劲缩彩齐席档厅乱封音版盟赢粮殊况永横船盘女火陆雨缺履顷衔播弱脑诚跑坑屋尖或白械班泛季他浓迎森塘厉古散码拉刻畅艰亲弘宅独棚演妥臭伐录章称败恶坛飞券附谢籍扫繁潮阳锋貌课犯骨堂赁够厦塑役练如罪订搭剧庆望假挖被往声架酒冲拟询岛跃归许卡堵追辆春随早敬梯眼梦坡宏耕涝止坝授京捷吉甲圆亩植窗咨旗既鲜醒夜野拼又绵尾氧若吨距唯状送射衷杂桐贝厚判厕茅慈芯久穿彰靠只召狠勤语涵览太阵浪抗凝没符梧聘册帆祉佳钟偿毕闭雪址介韧尔尘箱莞澜缓倡夯苗轻汰灯崇扣刑巴错听欠淘斯温辐洪纲蛇趋伏束禁莲疏刚宿沉宇栋括媒坂渔井兜菜欧读写毒凤蜜画碍卓草懈恢舞惩擎夫抽岩腾竣木亡恒薄契掘候私揭诺勃忘杯返玉令悟龄帜找搏苦诈榜透武怀兼擦魅肃润灵秩跟氛裁祝贵忧疆账瓶暖析凰池含蓄骗壤湿死轴仓赴印倾伸辉买虚谈搬伤叠泥概闻讯呈凸葵湛煤抚避誉遏肯裕匠拖但秒邮驿峻茂渡奥锦艇噪暨埋卷携朝填藏瞄郊桩母词尊冷姓翻迪铺毫闯铸很烈罚蓬梳舶说瓦厨歌拿涨赤盼答棋绝匹暴折伙琴荷借摇沟映虑拨隔梁僚岁篇偏像绘述川递阻津威泰鱼苏柱焕燕洞摆辅弃硕薪矩隧礼扰番孩舟烟旺瞻伴掌震粒枫谱迅脉午揽弹吐炼波宁斜佛滩忠摩翠煌乘框摘婚仅倒柔戏该纾酸盛孤仪瑞暗脚舒冰拳操喜吞驳皇锐舆乏塔笋露篮暂仙峦择毛背血拔鉴丝梓混颜滞绣缴辛损矿戒颗皮拍凡票孪庙踪雷熟漫氮砺隆阅骑兰遵赣遴仲钢慎桂魂甘墟烧顿雄驰翼途募殖筛夺押婴妈嘉颈串欢末溯遍侵屏兆镜痛插砥笔宫王赶氢穗截攀舍亟漾畏跻蝶馈壁邻纤仗哈曲竹踏宪驾逆牛兑豪韩朋盯钉肺锻朗苑沃添迸剩何荔钱庄晰几奔呼阿寄';

export function generateCorpus({ reports = 100, seed = 1, bytesPerReport = 8000 } = {}) {
  const rand = rng(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  // made-up words over a pool of Han characters; uniform draws make any 3-word run unlikely to recur
  const pool = [...POOL];
  const vocab = [];
  for (let i = 0; i < 30000; i++) {
    let w = '';
    for (let j = int(2, 4); j > 0; j--) w += pick(pool);
    vocab.push(w);
  }
  const clause = () => Array.from({ length: int(3, 7) }, () => pick(vocab)).join('');
  const sentence = () => Array.from({ length: int(1, 3) }, clause).join('，') + '。';

  // formulae: a fixed stock of short phrasings, each used by 5–15% of the reports
  const formulae = Array.from({ length: 40 }, (_, i) => ({
    id: `formula-${i}`,
    kind: 'formula',
    text: (pick(vocab) + pick(vocab) + pick(vocab) + pick(vocab)).slice(0, int(8, 12)) + '、' + pick(vocab) + pick(vocab),
  }));
  // copied passages: a few sentences, some with the agency name or a number in them, shared by 2–6 reports
  const copied = Array.from({ length: Math.max(4, Math.ceil(reports * 0.6)) }, (_, i) => {
    // longer runs than formulae: two sentences or more, 40 characters at least
    const parts = [sentence(), sentence()];
    for (let s = int(0, 2); s > 0; s--) parts.push(sentence());
    while (parts.join('').length < 40) parts.push(sentence());
    let text = parts.join('');
    if (rand() < 0.5) text = text.replace('，', `，{agency}${pick(vocab)}`);
    if (rand() < 0.5) text = text.replace('。', `，开展${pick(vocab)}${int(10, 99)}次。`);
    return { id: `copied-${i}`, kind: 'copied', text };
  });

  const files = [];
  const docs = [];
  for (let d = 0; d < reports; d++) {
    const agency = `${pick(PLACES)}区${pick(DEPTS)}`;
    const year = int(2019, 2023);
    docs.push({ name: `${String(d).padStart(5, '0')}_${agency}_${year}.txt`, agency, year, inserts: { measures: [], problems: [], duties: [], plans: [] } });
  }
  const planted = [];
  const partNames = Object.keys(PART_SHARE);
  for (const f of formulae) {
    const spread = Math.max(3, Math.round(reports * (0.05 + rand() * 0.1)));
    const docsWith = new Set();
    while (docsWith.size < Math.min(spread, reports)) docsWith.add(int(0, reports - 1));
    planted.push({ ...f, edited: false, occurrences: [] });
    for (const d of docsWith) docs[d].inserts[pick(partNames)].push({ planted: planted.length - 1, text: f.text });
  }
  for (const c of copied) {
    const spread = int(2, 6);
    const docsWith = new Set();
    while (docsWith.size < Math.min(spread, reports)) docsWith.add(int(0, reports - 1));
    const edited = rand() < 0.5;
    planted.push({ id: c.id, kind: 'copied', edited, text: c.text.replace('{agency}', '本单位'), occurrences: [] });
    let first = true;
    for (const d of docsWith) {
      let text = c.text.replace('{agency}', docs[d].agency);
      if (edited && !first) text = editLightly(text, rand, int, pick, vocab);
      first = false;
      docs[d].inserts[pick(partNames)].push({ planted: planted.length - 1, text });
    }
  }
  const template = { id: 'template', kind: 'template', edited: false, text: '', occurrences: [] };
  planted.push(template);

  for (const doc of docs) {
    let text = '';
    const mark = (index, s) => {
      planted[index].occurrences.push({ file: doc.name, text: s, start: text.length, end: text.length + s.length });
      text += s;
    };
    const bodyChars = Math.round(bytesPerReport / 3) - 200;
    mark(planted.length - 1, `${doc.agency}${doc.year}年度法治政府建设情况报告`);
    text += '\n' + sentence() + sentence();
    mark(planted.length - 1, '现将有关情况报告如下：');
    text += '\n';
    for (const [part, headings] of PARTS) {
      mark(planted.length - 1, pick(headings).replace('{y}', doc.year).replace('{next}', doc.year + 1));
      text += '\n';
      const target = text.length + bodyChars * PART_SHARE[part];
      const inserts = doc.inserts[part].sort(() => rand() - 0.5);
      let item = 0;
      while (text.length < target || inserts.length) {
        text += `（${'一二三四五六七八九十'[item++ % 10]}）`;
        for (let s = int(2, 5); s > 0; s--) {
          if (inserts.length && rand() < 0.5) {
            const ins = inserts.pop();
            mark(ins.planted, ins.text);
          } else text += sentence();
        }
        text += '\n';
      }
    }
    text += '\n';
    mark(planted.length - 1, '特此报告。');
    text += '\n';
    mark(planted.length - 1, doc.agency);
    text += '\n';
    mark(planted.length - 1, `${doc.year + 1}年${int(1, 3)}月${int(1, 28)}日`);
    text += '\n';
    files.push({ name: doc.name, text });
  }
  return { files, truth: { seed, reports: docs.map((d) => ({ file: d.name, agency: d.agency, year: d.year })), planted } };
}

/** One small edit per 40 characters or so, at most three, far apart: a number, a punctuation mark, a character or two. */
function editLightly(text, rand, int, pick, vocab) {
  const chars = [...text];
  const edits = int(1, Math.min(3, Math.max(1, Math.floor(chars.length / 40))));
  for (let e = 0; e < edits; e++) {
    const kind = int(0, 2);
    const at = Math.floor(((e + 0.5) / edits) * chars.length);
    const han = (i) => /\p{Script=Han}/u.test(chars[i] ?? '');
    if (kind === 0) {
      const p = chars.findIndex((c, i) => i >= at && /\d/.test(c));
      if (p >= 0) {
        chars[p] = String((Number(chars[p]) + 1) % 10);
        continue;
      }
    }
    if (kind === 1) {
      const p = chars.findIndex((c, i) => i >= at && (c === '，' || c === '。'));
      if (p >= 0 && p < chars.length - 1) {
        chars[p] = chars[p] === '，' ? '、' : '；';
        continue;
      }
    }
    let p = at;
    while (p < chars.length && !han(p)) p++;
    if (p < chars.length) chars.splice(p, 1, ...pick(vocab).slice(0, int(1, 2)));
  }
  return chars.join('');
}

function args(argv) {
  const out = { reports: 100, seed: 1, out: null };
  for (let i = 0; i < argv.length; i++) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--reports') (out.reports = Number(v)), i++;
    else if (k === '--seed') (out.seed = Number(v)), i++;
    else if (k === '--out') (out.out = v), i++;
    else if (k === '--help' || k === '-h') out.help = true;
    else throw new Error(`unknown option ${k}`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let a;
  try {
    a = args(process.argv.slice(2));
    if (!a.out && !a.help) throw new Error('--out DIR is required');
    if (!(Number.isInteger(a.reports) && a.reports >= 2)) throw new Error('--reports must be a whole number ≥ 2');
  } catch (e) {
    process.stderr.write(`synth: ${e.message}\nUsage: npm run synth -- --reports N --seed S --out DIR\n`);
    process.exit(2);
  }
  if (a.help) {
    process.stdout.write('Usage: npm run synth -- --reports N --seed S --out DIR\nWrites N report texts and truth.json (what was planted where, offsets into each file).\n');
    process.exit(0);
  }
  const { files, truth } = generateCorpus({ reports: a.reports, seed: a.seed });
  mkdirSync(a.out, { recursive: true });
  let bytes = 0;
  for (const f of files) {
    const data = Buffer.from(f.text, 'utf8');
    bytes += data.length;
    writeFileSync(join(a.out, f.name), data);
  }
  writeFileSync(join(a.out, 'truth.json'), JSON.stringify(truth, null, 1));
  process.stdout.write(`wrote ${files.length} reports (${(bytes / 1e6).toFixed(1)} MB) and truth.json to ${a.out}\n`);
}

/** Text with punctuation and spaces dropped, and where each kept character came from. */
function foldForSearch(text) {
  let folded = '';
  const at = [];
  for (let i = 0; i < text.length; i++) {
    if (/[\p{P}\p{S}\p{Z}\s]/u.test(text[i])) continue;
    folded += text[i];
    at.push(i);
  }
  return { folded, at };
}

const unionLength = (spans, s, e) => {
  let n = 0;
  for (const [a, b] of spans) n += Math.max(0, Math.min(b, e) - Math.max(a, s));
  return n;
};
const mergeSpans = (spans) => {
  const out = [];
  for (const [s, e] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (out.length && s <= out[out.length - 1][1]) out[out.length - 1][1] = Math.max(out[out.length - 1][1], e);
    else out.push([s, e]);
  }
  return out;
};

/**
 * Recall and precision of a reuse result against what was planted. A planted occurrence is found when passages
 * cover `minCover` of its characters; a found occurrence is right when `minCover` of it lies in planted text.
 * `reports` are the parsed reports (their `file` ends with the generated name), `result` is findReuse's.
 */
export function scoreReuse(truth, reports, result, { minCover = 0.9 } = {}) {
  const byName = new Map(reports.map((r) => [r.file.slice(r.file.lastIndexOf('/') + 1), r]));
  const folds = new Map();
  const foldOf = (r) => folds.get(r) ?? folds.set(r, foldForSearch(r.text)).get(r);
  const plantedSpans = new Map();
  const wanted = [];
  let unlocated = 0;
  for (const p of truth.planted) {
    for (const o of p.occurrences) {
      const r = byName.get(o.file);
      if (!r) continue;
      const { folded, at } = foldOf(r);
      const f = foldForSearch(o.text).folded;
      // the copy nearest to where it was written (an agency's name is in its title and its signature)
      let i = -1;
      for (let j = folded.indexOf(f); j >= 0; j = folded.indexOf(f, j + 1)) {
        if (i < 0 || Math.abs(at[j] - o.start) < Math.abs(at[i] - o.start)) i = j;
      }
      if (i < 0) {
        unlocated++;
        continue;
      }
      // with the punctuation and line breaks around it, which a found passage may or may not take in
      const core = [at[i], at[i + f.length - 1] + 1];
      const span = [...core];
      while (span[0] > 0 && /[\p{P}\p{S}\s]/u.test(r.text[span[0] - 1])) span[0]--;
      while (span[1] < r.text.length && /[\p{P}\p{S}\s]/u.test(r.text[span[1]])) span[1]++;
      if (!plantedSpans.has(r.file)) plantedSpans.set(r.file, []);
      plantedSpans.get(r.file).push(span);
      if (p.kind !== 'template') wanted.push({ file: r.file, span: core, group: p.kind === 'formula' ? 'formula' : p.edited ? 'edited' : 'verbatim' });
    }
  }
  const foundSpans = new Map();
  const found = [];
  for (const p of result.passages) {
    for (const o of p.occurrences) {
      if (!foundSpans.has(o.file)) foundSpans.set(o.file, []);
      foundSpans.get(o.file).push([o.start, o.end]);
      found.push(o);
    }
  }
  for (const [k, v] of foundSpans) foundSpans.set(k, mergeSpans(v));
  for (const [k, v] of plantedSpans) plantedSpans.set(k, mergeSpans(v));
  const recall = {};
  for (const group of ['verbatim', 'edited', 'formula']) {
    const mine = wanted.filter((w) => w.group === group);
    const hit = mine.filter(({ file, span: [s, e] }) => unionLength(foundSpans.get(file) ?? [], s, e) >= minCover * (e - s));
    recall[group] = mine.length ? hit.length / mine.length : 1;
  }
  const right = found.filter((o) => unionLength(plantedSpans.get(o.file) ?? [], o.start, o.end) >= minCover * (o.end - o.start));
  const wrong = found.filter((o) => !right.includes(o));
  const missed = wanted.filter(({ file, span: [s, e] }) => unionLength(foundSpans.get(file) ?? [], s, e) < minCover * (e - s));
  return {
    missed: missed.slice(0, 10),
    recall,
    precision: found.length ? right.length / found.length : 1,
    planted: wanted.length,
    found: found.length,
    unlocated,
    wrong: wrong.slice(0, 10),
  };
}
