import fc from 'fast-check';
import type { OutputAsset, OutputBundle, OutputChunk } from 'rollup';
import { describe, expect, it } from 'vitest';
import { escapeRefusedCharacters, hasRefusedCharacters, utf8Output } from './utf8-output';

const evaluate = (code: string): unknown => new Function(`return ${code}`)();

describe('escapeRefusedCharacters', () => {
  it('escapes noncharacters and lone surrogates, and nothing else', () => {
    expect(escapeRefusedCharacters('"\uffff\ufffe\ufdd0\ufdef"')).toBe('"\\uffff\\ufffe\\ufdd0\\ufdef"');
    // U+1FFFF and U+10FFFE (astral noncharacters) as escaped pairs; lone halves of a pair each escaped.
    expect(escapeRefusedCharacters('"\u{1ffff}\u{10fffe}"')).toBe('"\\ud83f\\udfff\\udbff\\udffe"');
    expect(escapeRefusedCharacters('"a\ud800b\udc00c"')).toBe('"a\\ud800b\\udc00c"');
    const kept = '"数字外交 \ufdcf\ufdf0\ufffd\u{1f600}\u{1fffd} é"';
    expect(escapeRefusedCharacters(kept)).toBe(kept);
  });

  it('keeps an identity escape of the character meaning the same character', () => {
    const identity = '"\\\uffff"'; // the two characters \ and U+FFFF inside quotes
    expect(evaluate(identity)).toBe('\uffff');
    expect(escapeRefusedCharacters(identity)).toBe('"\\uffff"');
    const backslashThen = '"\\\\\uffff"'; // an escaped backslash, then U+FFFF
    expect(escapeRefusedCharacters(backslashThen)).toBe('"\\\\\\uffff"');
    expect(evaluate(escapeRefusedCharacters(backslashThen))).toBe('\\\uffff');
  });

  it('means the same in regular expressions and template literals', () => {
    const regex = '/[\ufdd0-\ufdef]|\uffff/';
    const escaped = escapeRefusedCharacters(regex);
    expect(hasRefusedCharacters(escaped)).toBe(false);
    const re = evaluate(escaped) as RegExp;
    expect(re.test('\ufde0')).toBe(true);
    expect(re.test('\uffff')).toBe(true);
    expect(re.test('\ufffd')).toBe(false);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test is a template literal
    expect(evaluate(escapeRefusedCharacters('`x\uffff${1 + 1}`'))).toBe('x\uffff2');
  });

  it('gives code that evaluates to the same strings and holds no refused character (property)', () => {
    const unit = fc.constantFrom(
      'a',
      '数',
      '\\',
      '"',
      "'",
      '\n',
      '\uffff',
      '\ufffe',
      '\ufdd0',
      '\ud83f',
      '\udfff',
      '\ud800',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const value = units.join('');
        // JSON.stringify escapes lone surrogates but writes noncharacters raw, as minifiers do.
        const code = JSON.stringify(value).replace(/\\ud83f\\udfff/g, '\ud83f\udfff');
        const escaped = escapeRefusedCharacters(code);
        expect(hasRefusedCharacters(escaped)).toBe(false);
        expect(evaluate(escaped)).toBe(value);
        // What is left encodes to valid UTF-8 and back unchanged.
        expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(escaped))).toBe(escaped);
      }),
      { numRuns: 500 },
    );
  });
});

describe('utf8Output plugin', () => {
  it('switches esbuild to UTF-8 over the ASCII that WXT sets', () => {
    const plugin = utf8Output();
    const config: { esbuild?: { charset?: string } | false } = { esbuild: { charset: 'ascii' } };
    (plugin.config as (c: typeof config) => void)(config);
    expect(config.esbuild).toEqual({ charset: 'utf8' });
  });

  it('escapes chunks and JSON assets of the bundle, leaving other assets alone', () => {
    const plugin = utf8Output();
    const chunk = { type: 'chunk', fileName: 'content.js', code: 'const a="\uffff数";' } as OutputChunk;
    const json = { type: 'asset', fileName: 'x.json', source: '{"k":"\ufdd0"}' } as OutputAsset;
    const css = { type: 'asset', fileName: 'x.css', source: '/*\uffff*/' } as OutputAsset;
    const bundle = { 'content.js': chunk, 'x.json': json, 'x.css': css } as OutputBundle;
    (plugin.generateBundle as (o: unknown, b: OutputBundle) => void)({}, bundle);
    expect(chunk.code).toBe('const a="\\uffff数";');
    expect(json.source).toBe('{"k":"\\ufdd0"}');
    expect(css.source).toBe('/*\uffff*/');
  });
});
