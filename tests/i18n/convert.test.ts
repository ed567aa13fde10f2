/**
 * Conversion into Traditional script with a site's exceptions: names and fixed phrases
 * OpenCC's dictionaries get wrong are kept as the site says, in plain text and in pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertPage, scriptConverter } from '../../src/i18n/convert.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { ROOT } from '../helpers.ts';

const exceptions = { 范斌: '范斌', '42天后': '42天後' };

describe('script exceptions', () => {
  const plain = scriptConverter('zh-Hans', 'zh-Hant');
  const convert = scriptConverter('zh-Hans', 'zh-Hant', exceptions);

  it('are needed: OpenCC alone gets the demo’s surname and "days later" wrong', () => {
    expect(plain('经理范斌介绍')).toBe('經理範斌介紹');
    expect(plain('停工42天后仍按期')).toBe('停工42天后仍按期');
  });

  it('keep a name and fix a phrase, converting the text around them', () => {
    expect(convert('经理范斌介绍')).toBe('經理范斌介紹');
    expect(convert('停工42天后仍按期')).toBe('停工42天後仍按期');
    // Elsewhere OpenCC still decides: 范围 is not the surname.
    expect(convert('范围内')).toBe('範圍內');
    expect(convert('三天后')).toBe('三天後');
  });

  it('prefer the longer of two terms that overlap', () => {
    const nested = scriptConverter('zh-Hans', 'zh-Hant', { 天后: '天后', 天后宫: '天后宮' });
    expect(nested('妈祖天后宫')).toBe('媽祖天后宮');
  });

  it('reach the converter whole in a page, digits included, and never inside markup', () => {
    const html = '<p class="lead">停工42天后，经理范斌说<a href="/2022/">范围</a></p>';
    const page = convertPage(html, { convert, from: 'zh-Hans', to: 'zh-Hant' });
    expect(page).toBe('<p class="lead">停工42天後，經理范斌說<a href="/zh-hant/2022/">範圍</a></p>');
  });

  it('take terms written with characters that mean something in a regular expression', () => {
    const odd = scriptConverter('zh-Hans', 'zh-Hant', { 'G60(科创)': 'G60（科創走廊）' });
    expect(odd('G60(科创)走廊')).toBe('G60（科創走廊）走廊');
  });
});

describe('site.json', () => {
  it('accepts a list of exceptions, and the demo lists its own', () => {
    const site = SiteSchema.parse(JSON.parse(readFileSync(join(ROOT, 'content/site.json'), 'utf8')));
    expect(site.scriptExceptions).toMatchObject(exceptions);
    expect(() => SiteSchema.parse({ ...site, scriptExceptions: { '': 'x' } })).toThrow();
  });
});
