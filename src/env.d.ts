/// <reference types="astro/client" />

// TypeScript alone does not know `.astro` files (Astro's language server does); modules
// that collect components, such as the MDX component map, need this to type-check.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
