/// <reference types="astro/client" />

// Plain `tsc` does not know `.astro` files; modules that collect components, such as the MDX
// component map, need this to type-check there. `astro check` (in `npm run typecheck`)
// resolves `.astro` imports to the components themselves and type-checks them.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}

declare namespace App {
  interface Locals {
    /** The helpers of the page being rendered, in its language (src/site/frame.ts). */
    page: import('./site/frame.ts').PageHelpers;
    /** While a body renders: what its report components draw from (src/components/mdx/locale.ts). */
    report?: import('./components/mdx/locale.ts').ReportLocals;
  }
}
