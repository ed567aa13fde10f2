/**
 * Where a build spends its CPU time, from a V8 profile (`node --cpu-prof`): self time
 * summed by package (astro, vite, opencc-js, …), by the project's own files, and by
 * function, largest first. Native work outside the JS thread (Rolldown, Sätteri) shows
 * only as "(program)" or idle time.
 *
 *   node --cpu-prof --cpu-prof-dir=<dir> scripts/build.ts --content <corpus> --out <dir>
 *   node bench/profile.ts <dir>/<file>.cpuprofile [--top 25]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The package a script belongs to (`astro`, `@astrojs/compiler`), the project file, or V8's own category. */
export function owner(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules !== -1) {
    const [scope, name] = url.slice(modules + '/node_modules/'.length).split('/');
    return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
  }
  if (url.startsWith('node:')) return 'node (built-in)';
  // Astro bundles the pages and their imports into chunks named after a module: `feed_DWYCY21d.mjs`.
  const chunk = /\/\.prerender\/(?:chunks\/)?([^/]+?)(?:[._][\w-]{8})?\.mjs$/.exec(url);
  if (chunk) return `page bundle: ${chunk[1]}`;
  const project = /\/(src|scripts|bench)\/(.*)$/.exec(url);
  return project ? `${project[1]}/${project[2]}` : url;
}

export interface ProfileSummary {
  totalMs: number;
  byOwner: [string, number][];
  byFunction: [string, number][];
}

export function summarise(profile: Profile): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    const who = owner(url, functionName);
    byOwner.set(who, (byOwner.get(who) ?? 0) + ms);
    const name = `${functionName || '(anonymous)'} ${who}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { totalMs: (profile.endTime - profile.startTime) / 1000, byOwner: sorted(byOwner), byFunction: sorted(byFunction) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ options: { top: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1) {
    console.error('Usage: node bench/profile.ts <file.cpuprofile> [--top 25]');
    process.exit(2);
  }
  const top = Number(values.top ?? 25);
  const summary = summarise(JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile);
  const line = ([name, ms]: [string, number]) => `${(ms / 1000).toFixed(1).padStart(8)} s ${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)} %  ${name}`;
  console.log(`Profiled ${(summary.totalMs / 1000).toFixed(1)} s of the main thread.\n\nSelf time by package or file:`);
  console.log(summary.byOwner.slice(0, top).map(line).join('\n'));
  console.log('\nSelf time by function:');
  console.log(summary.byFunction.slice(0, top).map(line).join('\n'));
}
