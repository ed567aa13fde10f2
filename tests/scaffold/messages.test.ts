/** `npm run new` says everything in both languages. */
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/scaffold/messages.ts';

describe('the messages of npm run new', () => {
  it('exist in English and Chinese alike', () => {
    expect(Object.keys(catalogues.zh).sort()).toEqual(Object.keys(catalogues.en).sort());
  });
});
