import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from './gazetteer';
import { recognizeAccount } from './recognize';

// opencc-js is a dev-time oracle here: the product reads Traditional names through the matcher's fold table.
const converters = {
  t: OpenCC.Converter({ from: 'cn', to: 't' }),
  tw: OpenCC.Converter({ from: 'cn', to: 'tw' }),
  hk: OpenCC.Converter({ from: 'cn', to: 'hk' }),
};

describe('Traditional mission names', () => {
  it('read as their Simplified forms', () => {
    expect(recognizeAccount('美國駐華大使館')).toMatchObject({
      kind: 'foreign-mission',
      mission: { countryCode: 'US' },
    });
    expect(recognizeAccount('日本國駐瀋陽總領事館文化處')).toMatchObject({
      kind: 'foreign-mission',
      mission: { countryCode: 'JP', city: '沈阳' },
    });
  });
});

describe('Traditional forms of every gazetteer name', () => {
  const foreign = GAZETTEER.filter((e) => e.code !== 'CN');
  for (const [variant, convert] of Object.entries(converters)) {
    it(`recognises <name>駐華大使館 / 駐上海總領事館 converted with OpenCC cn→${variant}`, () => {
      const failures: string[] = [];
      for (const e of foreign) {
        for (const name of new Set([e.zh, e.zhFull, ...e.alt])) {
          for (const suffix of ['驻华大使馆', '驻上海总领事馆']) {
            const trad = convert(name + suffix);
            const r = recognizeAccount(trad);
            if (r.kind !== 'foreign-mission' || r.mission.countryCode !== e.code) failures.push(`${trad} (${e.code})`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('Simplified forms of every gazetteer name', () => {
  it('recognises <name>驻华大使馆 for every foreign entry and form', () => {
    const failures: string[] = [];
    for (const e of GAZETTEER.filter((x) => x.code !== 'CN')) {
      for (const name of [e.zh, e.zhFull, ...e.alt, ...e.hant]) {
        const r = recognizeAccount(`${name}驻华大使馆`);
        if (r.kind !== 'foreign-mission' || r.mission.countryCode !== e.code) failures.push(`${name} (${e.code})`);
      }
    }
    expect(failures).toEqual([]);
  });
});
