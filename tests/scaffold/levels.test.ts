/** The level a place's name states by its ending, and the names that state none. */
import { describe, expect, it } from 'vitest';
import { levelFromName } from '../../src/scaffold/levels.ts';

describe('levelFromName', () => {
  it('reads the level from an ending with one meaning, the longer ending first', () => {
    const named = {
      浙江省: 'province',
      嘉兴市: 'city',
      平湖市: 'city',
      海盐县: 'county',
      南湖区: 'district',
      当湖街道: 'street',
      新埭镇: 'town',
      广陈乡: 'town',
      南桥村: 'village',
      湖畔社区: 'community',
    };
    for (const [name, level] of Object.entries(named)) expect([name, levelFromName(name)]).toEqual([name, level]);
  });

  it('tells no level for a name whose ending says none or more than one', () => {
    for (const name of ['一组', '嘉兴', '广西壮族自治区', '香港特别行政区', '经济技术开发区', '浦东新区', '']) expect([name, levelFromName(name)]).toEqual([name, undefined]);
  });
});
