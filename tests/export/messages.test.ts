/** `npm run export` says everything in both languages: the two catalogues have the same keys. */
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/export/messages.ts';

describe('the export messages', () => {
  it('exist in English and Chinese alike', () => {
    expect(Object.keys(catalogues.zh).sort()).toEqual(Object.keys(catalogues.en).sort());
  });
});
