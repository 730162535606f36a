import { describe, expect, it } from 'vitest';
import { detectLanguage, detectSegments } from './franc-detect';

describe('detectLanguage', () => {
  it.each([
    ['数字外交作为一种新型外交实践得以迅速发展，并呈现出自身的鲜明特征。', 'zh-Hans'],
    ['數位外交作為一種新型外交實踐得以迅速發展，並呈現出自身的鮮明特徵。', 'zh-Hant'],
    ['Digital diplomacy has become a new form of diplomatic practice that develops quickly.', 'en'],
    ['La diplomatie numérique est une nouvelle forme de relations internationales entre les États.', 'fr'],
    ['Die digitale Diplomatie verändert die Beziehungen zwischen den Staaten grundlegend.', 'de'],
    ['La diplomacia digital se ha convertido en una nueva forma de práctica diplomática.', 'es'],
    ['Цифровая дипломатия стала новой формой дипломатической практики в мире.', 'ru'],
    ['デジタル外交は新しい外交の形として急速に発展しています。', 'ja'],
    ['디지털 외교는 새로운 외교 형태로 빠르게 발전하고 있습니다.', 'ko'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('is und for short or empty text', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('ok')).toBe('und');
    expect(detectLanguage('12345 67890 !!!')).toBe('und');
  });
});

describe('detectSegments', () => {
  it('keeps Chinese runs and lets franc name the Latin ones', () => {
    const text =
      '法国驻华大使馆祝大家新年快乐！La diplomatie numérique est une nouvelle forme de relations internationales.';
    const segs = detectSegments(text);
    expect(segs.map((s) => [text.slice(s.start, s.end), s.lang])).toEqual([
      ['法国驻华大使馆祝大家新年快乐', 'zh-Hans'],
      ['La diplomatie numérique est une nouvelle forme de relations internationales', 'fr'],
    ]);
  });

  it('keeps the cheap guess for Latin runs too short for franc', () => {
    const text = '全球发展倡议（GDI）得到支持';
    expect(detectSegments(text).map((s) => s.lang)).toEqual(['zh-Hans', 'en', 'zh-Hans']);
  });

  it('names short Japanese, Korean and Russian runs by script', () => {
    expect(detectSegments('東京の天気')).toEqual([{ start: 0, end: 5, lang: 'ja' }]);
    expect(detectSegments('한국어')).toEqual([{ start: 0, end: 3, lang: 'ko' }]);
    expect(detectSegments('Привет')).toEqual([{ start: 0, end: 6, lang: 'ru' }]);
  });
});
