/**
 * The entry of the view bundle (src/publish/views.ts): the two pages Astro renders, as
 * components the Container API can render with the same props as `astro build` does.
 */
export { default as SitePage } from '../pages/[...path].astro';
export { default as NotFoundPage } from '../pages/404.astro';
