/**
 * A rebuild is as true as a fresh build, for any sequence of edits: each step applies one to
 * three random edits to a copy of the fixture (updates published, withdrawn and edited;
 * projects changed, added and deleted; places renamed and moved; the site's and a theme's
 * names; a report's charts of projects of another year; the build day moved across
 * deadlines and publication days), rebuilds into the same folder with the same cache, and
 * compares the whole site with a build from scratch, byte for byte.
 *
 * The edits come from a seeded generator: MINSHENG_PROPERTY_SEED replays a sequence,
 * MINSHENG_PROPERTY_STEPS makes it longer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { sandbox, TODAY } from '../helpers.ts';
import { applyRandomEdit, buildAt, differences, Random, type World } from './edits.ts';

// The default sequence, among other edits, embeds a chart of a 2022 project in the 2023
// report and moves the build day across a deadline: a fingerprint that leaves out a page's
// charts, or one that leaves out what is late, goes stale at its second step.
const SEED = Number(process.env.MINSHENG_PROPERTY_SEED ?? 2);
const STEPS = Number(process.env.MINSHENG_PROPERTY_STEPS ?? 4);

const box = sandbox();
afterAll(() => box.dispose());

it(`a rebuild after random edits equals a fresh build (seed ${SEED}, ${STEPS} steps)`, async () => {
  console.log(`rebuild property: MINSHENG_PROPERTY_SEED=${SEED} MINSHENG_PROPERTY_STEPS=${STEPS}`);
  const world: World = { box, day: TODAY, random: new Random(SEED), counter: 0 };
  const out = join(box.root, 'dist');
  const cache = join(box.root, 'cache');
  const first = await buildAt(box.content, out, cache, world.day);
  expect(first.status, `The first build failed:\n${first.output}`).toBe(0);
  const log: string[] = [];
  for (let step = 1; step <= STEPS; step++) {
    const count = world.random.int(1, 3);
    for (let i = 0; i < count; i++) log.push(`step ${step}: ${await applyRandomEdit(world)}`);
    const replay = `seed ${SEED}, step ${step} of ${STEPS} (MINSHENG_PROPERTY_SEED=${SEED} MINSHENG_PROPERTY_STEPS=${step})\nedits so far:\n  ${log.join('\n  ')}`;
    const fresh = mkdtempSync(join(box.root, 'fresh-'));
    const [rebuilt, scratch] = await Promise.all([
      buildAt(box.content, out, cache, world.day),
      buildAt(box.content, join(fresh, 'dist'), join(fresh, 'cache'), world.day),
    ]);
    expect(rebuilt.status, `The rebuild failed; ${replay}\n${rebuilt.output}`).toBe(0);
    expect(scratch.status, `The fresh build failed; ${replay}\n${scratch.output}`).toBe(0);
    const differing = differences(out, join(fresh, 'dist'));
    expect(differing, `The rebuild differs from a fresh build; ${replay}\ndiffering files:\n  ${differing.join('\n  ')}`).toEqual([]);
    rmSync(fresh, { recursive: true, force: true });
  }
  console.log(`rebuild property: every rebuild equalled a fresh build after\n  ${log.join('\n  ')}`);
}, 600_000);
