/**
 * `/assets/search.js`: the tokenizer and ranking the index was built with, followed by the search
 * page's behaviour, as one classic script (the same source as the build uses, minus `export`).
 */
import type { APIRoute } from 'astro';
import core from '../../search/core.js?raw';
import behaviour from '../../search/search-ui.js?raw';

export const GET: APIRoute = () =>
  new Response(`${core.replace(/^export function /gm, 'function ')}\n${behaviour}`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
