/**
 * English names of the gazetteer's states and organisations, as mission accounts write them: the short name (from
 * gazetteer.ts), other names and abbreviations ("U.S.", "UK", "P.R.C.", "Republic of Korea"), and the adjectives
 * ("British Embassy", "Chinese Embassy in the US"). Matched case-insensitively after normalisation (dots and
 * apostrophes dropped, "&" → "and"), so "U.S." is written "US" and "People's" "Peoples" here.
 */
import { GAZETTEER } from './gazetteer';

// CODE: other names | adjectives. The gazetteer's `en` name is always included.
const TABLE = `
AF: Islamic Republic of Afghanistan | Afghan
AL: Republic of Albania | Albanian
DZ: Peoples Democratic Republic of Algeria | Algerian
AD: Principality of Andorra | Andorran
AO: Republic of Angola | Angolan
AG: Antigua | Antiguan
AR: Argentine Republic | Argentine; Argentinian; Argentinean
AM: Republic of Armenia | Armenian
AU: Commonwealth of Australia; Aus | Australian; Aussie
AT: Republic of Austria | Austrian
AZ: Republic of Azerbaijan | Azerbaijani; Azeri
BS: Commonwealth of The Bahamas; The Bahamas | Bahamian
BH: Kingdom of Bahrain | Bahraini
BD: Peoples Republic of Bangladesh | Bangladeshi
BB: | Barbadian
BY: Republic of Belarus | Belarusian
BE: Kingdom of Belgium | Belgian
BZ: | Belizean
BJ: Republic of Benin | Beninese
BT: Kingdom of Bhutan | Bhutanese
BO: Plurinational State of Bolivia | Bolivian
BA: Bosnia; BiH | Bosnian
BW: Republic of Botswana | Botswanan; Motswana
BR: Federative Republic of Brazil | Brazilian
BN: Brunei Darussalam | Bruneian
BG: Republic of Bulgaria | Bulgarian
BF: | Burkinabe; Burkinabè
BI: Republic of Burundi | Burundian
CV: Cape Verde; Republic of Cabo Verde | Cabo Verdean; Cape Verdean
KH: Kingdom of Cambodia | Cambodian
CM: Republic of Cameroon | Cameroonian
CA: | Canadian
CF: CAR | Central African
TD: Republic of Chad | Chadian
CL: Republic of Chile | Chilean
CN: Peoples Republic of China; PRC; Chn; PR China; Chine | Chinese
CO: Republic of Colombia | Colombian
KM: Union of the Comoros; Comoros | Comorian
CG: Republic of the Congo; Congo-Brazzaville; Congo Brazzaville | Congolese
CD: Democratic Republic of the Congo; DRC; DR Congo; Congo-Kinshasa | 
CR: Republic of Costa Rica | Costa Rican
CI: Ivory Coast; Republic of Cote dIvoire; Cote dIvoire | Ivorian
HR: Republic of Croatia | Croatian
CU: Republic of Cuba | Cuban
CY: Republic of Cyprus | Cypriot
CZ: Czech Republic | Czech
KP: North Korea; Democratic Peoples Republic of Korea; DPRK | North Korean
DK: Kingdom of Denmark | Danish
DJ: Republic of Djibouti | Djiboutian
DM: Commonwealth of Dominica | Dominican
DO: | 
EC: Republic of Ecuador | Ecuadorian
EG: Arab Republic of Egypt | Egyptian
SV: Republic of El Salvador | Salvadoran
GQ: Republic of Equatorial Guinea | Equatorial Guinean; Equatoguinean
ER: State of Eritrea | Eritrean
EE: Republic of Estonia | Estonian
SZ: Kingdom of Eswatini; Swaziland | Swazi; Eswatini
ET: Federal Democratic Republic of Ethiopia | Ethiopian
FJ: Republic of Fiji | Fijian
FI: Republic of Finland | Finnish
FR: French Republic | French
GA: Gabonese Republic | Gabonese
GM: Republic of The Gambia; The Gambia | Gambian
GE: | Georgian
DE: Federal Republic of Germany; FRG | German
GH: Republic of Ghana | Ghanaian
GR: Hellenic Republic | Greek; Hellenic
GD: | Grenadian
GT: Republic of Guatemala | Guatemalan
GN: Republic of Guinea | Guinean
GW: Republic of Guinea-Bissau; Guinea Bissau | Bissau-Guinean
GY: Co-operative Republic of Guyana | Guyanese
HT: Republic of Haiti | Haitian
HN: Republic of Honduras | Honduran
HU: | Hungarian
IS: | Icelandic
IN: Republic of India; Bharat | Indian
ID: Republic of Indonesia; Indonesia RI | Indonesian
IR: Islamic Republic of Iran | Iranian
IQ: Republic of Iraq | Iraqi
IE: Republic of Ireland | Irish
IL: State of Israel | Israeli
IT: Italian Republic | Italian
JM: | Jamaican
JP: | Japanese
JO: Hashemite Kingdom of Jordan | Jordanian
KZ: Republic of Kazakhstan | Kazakh; Kazakhstani
KE: Republic of Kenya | Kenyan
KI: Republic of Kiribati | I-Kiribati
KW: State of Kuwait | Kuwaiti
KG: Kyrgyz Republic | Kyrgyz
LA: Lao PDR; Lao Peoples Democratic Republic; Lao | Lao; Laotian
LV: Republic of Latvia | Latvian
LB: Lebanese Republic | Lebanese
LS: Kingdom of Lesotho | Basotho
LR: Republic of Liberia | Liberian
LY: State of Libya | Libyan
LI: Principality of Liechtenstein | Liechtenstein
LT: Republic of Lithuania | Lithuanian
LU: Grand Duchy of Luxembourg | Luxembourgish; Luxembourg
MG: Republic of Madagascar | Malagasy
MW: Republic of Malawi | Malawian
MY: | Malaysian
MV: Republic of Maldives; The Maldives | Maldivian
ML: Republic of Mali | Malian
MT: Republic of Malta | Maltese
MH: Republic of the Marshall Islands | Marshallese
MR: Islamic Republic of Mauritania | Mauritanian
MU: Republic of Mauritius | Mauritian
MX: United Mexican States | Mexican
FM: Federated States of Micronesia | Micronesian
MD: Republic of Moldova | Moldovan
MC: Principality of Monaco | Monegasque
MN: | Mongolian
ME: | Montenegrin
MA: Kingdom of Morocco | Moroccan
MZ: Republic of Mozambique | Mozambican
MM: Republic of the Union of Myanmar; Burma | Myanmar; Burmese
NA: Republic of Namibia | Namibian
NR: Republic of Nauru | Nauruan
NP: Federal Democratic Republic of Nepal | Nepali; Nepalese
NL: Kingdom of the Netherlands; The Netherlands; Holland | Dutch
NZ: Aotearoa; NZ | New Zealand; Kiwi
NI: Republic of Nicaragua | Nicaraguan
NE: Republic of Niger | Nigerien
NG: Federal Republic of Nigeria | Nigerian
MK: Republic of North Macedonia | Macedonian; North Macedonian
NO: Kingdom of Norway | Norwegian
OM: Sultanate of Oman | Omani
PK: Islamic Republic of Pakistan | Pakistani
PW: Republic of Palau | Palauan
PA: Republic of Panama | Panamanian
PG: Independent State of Papua New Guinea; PNG | Papua New Guinean
PY: Republic of Paraguay | Paraguayan
PE: Republic of Peru | Peruvian
PH: Republic of the Philippines; The Philippines | Philippine; Filipino
PL: Republic of Poland | Polish
PT: Portuguese Republic | Portuguese
QA: State of Qatar | Qatari
KR: South Korea; Korea; ROK | Korean; South Korean
RO: | Romanian
RU: Russian Federation | Russian
RW: Republic of Rwanda | Rwandan
KN: Saint Kitts; St Kitts and Nevis | Kittitian
LC: St Lucia | Saint Lucian; St Lucian
VC: St Vincent and the Grenadines; Saint Vincent | Vincentian
WS: Independent State of Samoa | Samoan
SM: Republic of San Marino | Sammarinese
ST: Democratic Republic of Sao Tome and Principe; São Tomé and Príncipe | Santomean
SA: Kingdom of Saudi Arabia; KSA | Saudi; Saudi Arabian
SN: Republic of Senegal | Senegalese
RS: Republic of Serbia | Serbian
SC: Republic of Seychelles | Seychellois
SL: Republic of Sierra Leone | Sierra Leonean
SG: Republic of Singapore | Singaporean; Singapore
SK: Slovak Republic | Slovak
SI: Republic of Slovenia | Slovenian; Slovene
SB: | Solomon Islands
SO: Federal Republic of Somalia | Somali
ZA: Republic of South Africa; RSA | South African
SS: Republic of South Sudan | South Sudanese
ES: Kingdom of Spain | Spanish
LK: Democratic Socialist Republic of Sri Lanka | Sri Lankan
SD: Republic of the Sudan; The Sudan | Sudanese
SR: Republic of Suriname | Surinamese
SE: Kingdom of Sweden | Swedish
CH: Swiss Confederation | Swiss
SY: Syrian Arab Republic | Syrian
TJ: Republic of Tajikistan | Tajik; Tajikistani
TZ: United Republic of Tanzania | Tanzanian
TH: Kingdom of Thailand | Thai
TL: Democratic Republic of Timor-Leste; East Timor | Timorese
TG: Togolese Republic | Togolese
TO: Kingdom of Tonga | Tongan
TT: Republic of Trinidad and Tobago | Trinidadian
TN: Republic of Tunisia | Tunisian
TR: Turkey; Republic of Türkiye; Republic of Turkey; Turkiye | Turkish
TM: | Turkmen
TV: | Tuvaluan
UG: Republic of Uganda | Ugandan
UA: | Ukrainian
AE: UAE; Emirates | Emirati; UAE
GB: UK; Great Britain; Britain; United Kingdom of Great Britain and Northern Ireland | British; UK
US: United States of America; USA; US; America | American; US; USA
UY: Oriental Republic of Uruguay | Uruguayan
UZ: Republic of Uzbekistan | Uzbek
VU: Republic of Vanuatu | Ni-Vanuatu
VE: Bolivarian Republic of Venezuela | Venezuelan
VN: Vietnam; Socialist Republic of Viet Nam; Socialist Republic of Vietnam | Vietnamese
YE: Republic of Yemen | Yemeni
ZM: Republic of Zambia | Zambian
ZW: Republic of Zimbabwe | Zimbabwean
PS: State of Palestine | Palestinian
EU: EU; Europe | European Union; EU
UN: UN; U N | UN
UNDP: UNDP | UNDP
UNICEF: UNICEF | UNICEF
UNESCO: | UNESCO
UNHCR: UNHCR | UNHCR
UNFPA: UNFPA | UNFPA
UNWOMEN: UN Women | UN Women
UNEP: UNEP | UNEP
UNIDO: UNIDO | UNIDO
UNAIDS: | UNAIDS
WFP: WFP | WFP
FAO: FAO | FAO
WHO: WHO | WHO
ILO: ILO | ILO
IOM: IOM | IOM
IFAD: IFAD | IFAD
WBG: World Bank Group | World Bank
IMF: IMF | IMF
ADB: ADB | ADB
AIIB: AIIB | AIIB
NDB: NDB | NDB
ASEAN: | ASEAN
AFU: AU | African Union; AU
LAS: Arab League | Arab League
SCO: SCO | SCO
ICRC: ICRC | ICRC
`;

export interface EnglishNames {
  code: string;
  /** Names as a noun ("Embassy of <name>", "<name> in China"). */
  names: string[];
  /** Adjectives ("<adjective> Embassy"); names are accepted there too ("Japan Embassy in China"). */
  adjectives: string[];
}

/** Lower case, no dots or apostrophes, "&" → "and", hyphens and runs of space → one space. */
export function foldEnglish(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[-_\s]+/g, ' ')
    .trim();
}

function parseTable(): EnglishNames[] {
  const byCode = new Map(GAZETTEER.map((e) => [e.code, e]));
  const out: EnglishNames[] = [];
  for (const line of TABLE.split('\n')) {
    const m = /^([A-Z]+):\s*(.*?)\s*\|\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const [, code = '', names = '', adjectives = ''] = m;
    const entry = byCode.get(code);
    if (!entry) throw new Error(`english-names: unknown code ${code}`);
    const split = (s: string) => s.split(';').map(foldEnglish).filter(Boolean);
    out.push({
      code,
      names: [...new Set([foldEnglish(entry.en), ...split(names)])],
      adjectives: [...new Set(split(adjectives))],
    });
  }
  return out;
}

export const ENGLISH_NAMES: readonly EnglishNames[] = parseTable();
