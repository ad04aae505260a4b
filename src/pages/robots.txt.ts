import type { APIRoute } from 'astro';

/**
 * robots.txt: everything may be crawled (the embed and 404 pages say noindex themselves); it names the sitemap by its full URL,
 * base included. Crawlers read it only at a host's root, so under a sub-path it is inert unless the host serves it there.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap.xml`, site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
