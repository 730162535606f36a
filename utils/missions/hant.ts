/**
 * Traditional → Simplified characters for the words mission names are made of (country names, 驻华, 大使馆,
 * 总领事馆, 文化处 …), so 美國駐華大使館 reads as 美国驻华大使馆. Kept small on purpose: the content script
 * runs this for every author on a timeline, and a full OpenCC dictionary would weigh megabytes.
 * Generated once from opencc-js (cn→t, cn→tw, cn→hk, character by character, over gazetteer.ts and
 * patterns.ts) plus 簽/瀋/帳 by hand; hant.test.ts checks with opencc-js that nothing is missing.
 */
const PAIRS =
  '亞亚來来倫伦兒儿內内別别剛刚劃划務务勞劳區区員员問问喬乔國国圖图團团堅坚奧奥婦妇學学寧宁專专對对岡冈島岛幣币幹干幾几庫库廈厦廣广強强後后愛爱慶庆採采撾挝敍叙敘叙時时會会東东業业權权歐欧湯汤滬沪漢汉濟济濱滨烏乌爾尔獅狮獨独環环發发盧卢眾众礎础祕秘視视萬万籤签糧粮約约紅红納纳紐纽級级紹绍組组絡络絲丝經经維维緬缅總总織织羅罗羣群義义聖圣聞闻聯联脫脱臘腊與与茲兹華华萊莱葉叶蓋盖薩萨蘇苏蘭兰處处號号衆众衛卫衞卫裏里裡里見见規规計计訪访設设詢询話话說说説说諮咨諾诺講讲證证貝贝貨货貴贵買买資资賓宾賬账賴赖賽赛贊赞車车辦办農农連连進进達达銀银長长門门開开陽阳際际難难靈灵韋韦韓韩頓顿領领頻频顛颠館馆馬马駐驻魯鲁鮮鲜麥麦齊齐簽签瀋沈帳账';

const TABLE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const t = chars[i];
    const s = chars[i + 1];
    if (t !== undefined && s !== undefined) m.set(t, s);
  }
  return m;
})();

/** Simplified form of the characters we know; other characters are kept as they are. */
export function toSimplified(text: string): string {
  let out = '';
  for (const c of text) out += TABLE.get(c) ?? c;
  return out;
}
