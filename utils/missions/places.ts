/**
 * Places a mission's name can state: the Chinese cities that host consulates (with their English names, so the
 * English UI never shows "上海"), and the cities abroad where missions are — China's consulates and the UN offices
 * above all — each with the state it is in, so "中国驻大阪总领事馆" and "Consulate General of the P.R.C. in Osaka"
 * both know the host is Japan. A place not listed here is still read (as an unnamed city abroad); this table only
 * adds the English name and the host state.
 */

export interface ChinaCity {
  zh: string;
  en: string;
  /** Other English spellings ("Canton" is not one: nobody names a consulate so today). */
  enAlt?: readonly string[];
}

/** Chinese cities with consulates (and Beijing), by their Simplified name. */
export const CHINA_CITIES: readonly ChinaCity[] = [
  { zh: '北京', en: 'Beijing', enAlt: ['Peking'] },
  { zh: '上海', en: 'Shanghai' },
  { zh: '广州', en: 'Guangzhou' },
  { zh: '成都', en: 'Chengdu' },
  { zh: '重庆', en: 'Chongqing' },
  { zh: '沈阳', en: 'Shenyang' },
  { zh: '武汉', en: 'Wuhan' },
  { zh: '香港', en: 'Hong Kong', enAlt: ['HongKong', 'HK', 'Hong Kong SAR'] },
  { zh: '澳门', en: 'Macao', enAlt: ['Macau'] },
  { zh: '西安', en: "Xi'an", enAlt: ['Xian'] },
  { zh: '青岛', en: 'Qingdao' },
  { zh: '厦门', en: 'Xiamen' },
  { zh: '昆明', en: 'Kunming' },
  { zh: '南宁', en: 'Nanning' },
  { zh: '长沙', en: 'Changsha' },
  { zh: '杭州', en: 'Hangzhou' },
  { zh: '南京', en: 'Nanjing' },
  { zh: '大连', en: 'Dalian' },
  { zh: '哈尔滨', en: 'Harbin' },
  { zh: '天津', en: 'Tianjin' },
  { zh: '深圳', en: 'Shenzhen' },
  { zh: '济南', en: 'Jinan' },
  { zh: '福州', en: 'Fuzhou' },
  { zh: '贵阳', en: 'Guiyang' },
  { zh: '乌鲁木齐', en: 'Urumqi' },
  { zh: '拉萨', en: 'Lhasa' },
];

const CHINA_BY_ZH: ReadonlyMap<string, ChinaCity> = new Map(CHINA_CITIES.map((c) => [c.zh, c]));

/** The English name of a Chinese city given in Simplified Chinese (上海 → Shanghai). */
export function chinaCityEn(zh: string): string | undefined {
  return CHINA_BY_ZH.get(zh)?.en;
}

export interface WorldCity {
  zh: string;
  en: string;
  enAlt?: readonly string[];
  /** The state it is in (ISO 3166-1 alpha-2). */
  state: string;
  /** UN offices (Geneva, Vienna, New York): a mission "to the UN" may name the city. */
  un?: boolean;
}

// [zh, en, state, other English spellings, a UN office]
type Row = [zh: string, en: string, state: string, enAlt?: string[], un?: boolean];

const ROWS: Row[] = [
  // Capitals named in embassy accounts ("Embassy of the P.R.C. in Ottawa").
  ['华盛顿', 'Washington', 'US', ['Washington DC', 'Washington D.C.', 'DC']],
  ['伦敦', 'London', 'GB'],
  ['巴黎', 'Paris', 'FR'],
  ['柏林', 'Berlin', 'DE'],
  ['罗马', 'Rome', 'IT', ['Roma']],
  ['马德里', 'Madrid', 'ES'],
  ['东京', 'Tokyo', 'JP'],
  ['首尔', 'Seoul', 'KR'],
  ['莫斯科', 'Moscow', 'RU'],
  ['新德里', 'New Delhi', 'IN', ['Delhi']],
  ['堪培拉', 'Canberra', 'AU'],
  ['渥太华', 'Ottawa', 'CA'],
  ['惠灵顿', 'Wellington', 'NZ'],
  ['布鲁塞尔', 'Brussels', 'BE'],
  ['海牙', 'The Hague', 'NL', ['Hague']],
  ['阿姆斯特丹', 'Amsterdam', 'NL'],
  ['伯尔尼', 'Bern', 'CH', ['Berne']],
  ['哥本哈根', 'Copenhagen', 'DK'],
  ['斯德哥尔摩', 'Stockholm', 'SE'],
  ['奥斯陆', 'Oslo', 'NO'],
  ['赫尔辛基', 'Helsinki', 'FI'],
  ['都柏林', 'Dublin', 'IE'],
  ['里斯本', 'Lisbon', 'PT'],
  ['雅典', 'Athens', 'GR'],
  ['华沙', 'Warsaw', 'PL'],
  ['布拉格', 'Prague', 'CZ'],
  ['布达佩斯', 'Budapest', 'HU'],
  ['基辅', 'Kyiv', 'UA', ['Kiev']],
  ['安卡拉', 'Ankara', 'TR'],
  ['伊斯兰堡', 'Islamabad', 'PK'],
  ['曼谷', 'Bangkok', 'TH'],
  ['雅加达', 'Jakarta', 'ID'],
  ['马尼拉', 'Manila', 'PH'],
  ['河内', 'Hanoi', 'VN'],
  ['吉隆坡', 'Kuala Lumpur', 'MY'],
  ['金边', 'Phnom Penh', 'KH'],
  ['万象', 'Vientiane', 'LA'],
  ['仰光', 'Yangon', 'MM'],
  ['达卡', 'Dhaka', 'BD'],
  ['加德满都', 'Kathmandu', 'NP'],
  ['科伦坡', 'Colombo', 'LK'],
  ['喀布尔', 'Kabul', 'AF'],
  ['德黑兰', 'Tehran', 'IR'],
  ['利雅得', 'Riyadh', 'SA'],
  ['阿布扎比', 'Abu Dhabi', 'AE'],
  ['多哈', 'Doha', 'QA'],
  ['开罗', 'Cairo', 'EG'],
  ['比勒陀利亚', 'Pretoria', 'ZA'],
  ['内罗毕', 'Nairobi', 'KE'],
  ['亚的斯亚贝巴', 'Addis Ababa', 'ET'],
  ['阿布贾', 'Abuja', 'NG'],
  ['巴西利亚', 'Brasilia', 'BR', ['Brasília']],
  ['布宜诺斯艾利斯', 'Buenos Aires', 'AR'],
  ['墨西哥城', 'Mexico City', 'MX'],
  ['圣地亚哥', 'Santiago', 'CL'],
  ['利马', 'Lima', 'PE'],
  ['波哥大', 'Bogota', 'CO', ['Bogotá']],
  ['加拉加斯', 'Caracas', 'VE'],
  ['哈瓦那', 'Havana', 'CU'],
  ['阿斯塔纳', 'Astana', 'KZ'],
  ['塔什干', 'Tashkent', 'UZ'],
  ['乌兰巴托', 'Ulaanbaatar', 'MN', ['Ulan Bator']],
  ['平壤', 'Pyongyang', 'KP'],
  ['新加坡', 'Singapore', 'SG'],
  // Consulates (China's abroad above all) and UN offices.
  ['纽约', 'New York', 'US', ['NYC', 'NY'], true],
  ['洛杉矶', 'Los Angeles', 'US', ['LA']],
  ['旧金山', 'San Francisco', 'US', ['SF']],
  ['芝加哥', 'Chicago', 'US'],
  ['休斯敦', 'Houston', 'US'],
  ['多伦多', 'Toronto', 'CA'],
  ['温哥华', 'Vancouver', 'CA'],
  ['卡尔加里', 'Calgary', 'CA'],
  ['蒙特利尔', 'Montreal', 'CA', ['Montréal']],
  ['悉尼', 'Sydney', 'AU'],
  ['墨尔本', 'Melbourne', 'AU'],
  ['珀斯', 'Perth', 'AU'],
  ['布里斯班', 'Brisbane', 'AU'],
  ['奥克兰', 'Auckland', 'NZ'],
  ['克赖斯特彻奇', 'Christchurch', 'NZ'],
  ['大阪', 'Osaka', 'JP'],
  ['福冈', 'Fukuoka', 'JP'],
  ['长崎', 'Nagasaki', 'JP'],
  ['名古屋', 'Nagoya', 'JP'],
  ['新潟', 'Niigata', 'JP'],
  ['札幌', 'Sapporo', 'JP'],
  ['釜山', 'Busan', 'KR'],
  ['光州', 'Gwangju', 'KR'],
  ['济州', 'Jeju', 'KR'],
  ['法兰克福', 'Frankfurt', 'DE', ['Frankfurt am Main']],
  ['汉堡', 'Hamburg', 'DE'],
  ['慕尼黑', 'Munich', 'DE', ['München']],
  ['杜塞尔多夫', 'Dusseldorf', 'DE', ['Düsseldorf']],
  ['里昂', 'Lyon', 'FR'],
  ['斯特拉斯堡', 'Strasbourg', 'FR'],
  ['马赛', 'Marseille', 'FR'],
  ['爱丁堡', 'Edinburgh', 'GB'],
  ['贝尔法斯特', 'Belfast', 'GB'],
  ['曼彻斯特', 'Manchester', 'GB'],
  ['米兰', 'Milan', 'IT', ['Milano']],
  ['佛罗伦萨', 'Florence', 'IT'],
  ['巴塞罗那', 'Barcelona', 'ES'],
  ['孟买', 'Mumbai', 'IN'],
  ['加尔各答', 'Kolkata', 'IN'],
  ['卡拉奇', 'Karachi', 'PK'],
  ['拉合尔', 'Lahore', 'PK'],
  ['伊斯坦布尔', 'Istanbul', 'TR'],
  ['迪拜', 'Dubai', 'AE'],
  ['吉达', 'Jeddah', 'SA'],
  ['阿拉木图', 'Almaty', 'KZ'],
  ['圣彼得堡', 'St Petersburg', 'RU', ['Saint Petersburg', 'St. Petersburg']],
  ['符拉迪沃斯托克', 'Vladivostok', 'RU'],
  ['哈巴罗夫斯克', 'Khabarovsk', 'RU'],
  ['叶卡捷琳堡', 'Yekaterinburg', 'RU'],
  ['喀山', 'Kazan', 'RU'],
  ['胡志明市', 'Ho Chi Minh City', 'VN'],
  ['岘港', 'Da Nang', 'VN'],
  ['清迈', 'Chiang Mai', 'TH'],
  ['宋卡', 'Songkhla', 'TH'],
  ['宿务', 'Cebu', 'PH'],
  ['达沃', 'Davao', 'PH'],
  ['泗水', 'Surabaya', 'ID'],
  ['棉兰', 'Medan', 'ID'],
  ['登巴萨', 'Denpasar', 'ID'],
  ['古晋', 'Kuching', 'MY'],
  ['哥打基纳巴卢', 'Kota Kinabalu', 'MY'],
  ['槟城', 'Penang', 'MY'],
  ['约翰内斯堡', 'Johannesburg', 'ZA'],
  ['开普敦', 'Cape Town', 'ZA'],
  ['德班', 'Durban', 'ZA'],
  ['拉各斯', 'Lagos', 'NG'],
  ['里约热内卢', 'Rio de Janeiro', 'BR'],
  ['圣保罗', 'Sao Paulo', 'BR', ['São Paulo']],
  ['瓜达拉哈拉', 'Guadalajara', 'MX'],
  ['日内瓦', 'Geneva', 'CH', [], true],
  ['维也纳', 'Vienna', 'AT', [], true],
];

export const WORLD_CITIES: readonly WorldCity[] = ROWS.map(([zh, en, state, enAlt, un]) => ({
  zh,
  en,
  state,
  ...(enAlt && enAlt.length > 0 ? { enAlt } : {}),
  ...(un ? { un } : {}),
}));

const WORLD_BY_ZH: ReadonlyMap<string, WorldCity> = new Map(WORLD_CITIES.map((c) => [c.zh, c]));

export function worldCityByZh(zh: string): WorldCity | undefined {
  return WORLD_BY_ZH.get(zh);
}

/** Every Simplified name of a listed city abroad, longest first (a prefix never hides a longer name). */
export const WORLD_CITY_ZH_NAMES: readonly string[] = [...WORLD_BY_ZH.keys()].sort((a, b) => b.length - a.length);
