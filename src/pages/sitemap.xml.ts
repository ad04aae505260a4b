import type { APIRoute } from 'astro';
import { getDocPages } from '../docs/collection.ts';
import { docHref } from '../i18n/links.ts';
import { isoDate } from '../i18n/format.ts';

/** sitemap.xml listing every doc page with its last-updated date; URLs carry the base. */
export const GET: APIRoute = async ({ site }) => {
  const pages = await getDocPages();
  const urls = pages
    .map(({ entry, lang, slug }) => {
      const loc = new URL(docHref(lang, slug), site).href;
      return `<url><loc>${loc}</loc><lastmod>${isoDate(entry.data.updated)}</lastmod></url>`;
    })
    .toSorted();
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
