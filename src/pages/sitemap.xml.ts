import type { APIRoute } from 'astro';
import { getRoutes } from '../docs/collection.ts';
import { isoDate } from '../i18n/format.ts';
import { defaultLang, languages } from '../i18n/languages.ts';
import { docHref } from '../i18n/links.ts';

/**
 * sitemap.xml: every page in every language (articles with their last-updated date, and the standalone pages such as the checker),
 * each with its language versions as xhtml:link alternates, x-default included, like the pages' own hreflang links. URLs carry the base.
 */
export const GET: APIRoute = async ({ site }) => {
  const routes = await getRoutes();
  const url = (lang: keyof typeof languages, slug: string) => new URL(docHref(lang, slug), site).href;
  const entries = routes
    .map(({ lang, slug, updated }) => {
      const versions = routes.filter((other) => other.slug === slug);
      const alternates =
        versions.length < 2
          ? []
          : [
              ...versions.map((other) => `<xhtml:link rel="alternate" hreflang="${languages[other.lang].htmlLang}" href="${url(other.lang, slug)}"/>`),
              ...versions.filter((other) => other.lang === defaultLang).map(() => `<xhtml:link rel="alternate" hreflang="x-default" href="${url(defaultLang, slug)}"/>`),
            ];
      const lastmod = updated ? `<lastmod>${isoDate(updated)}</lastmod>` : '';
      return `<url><loc>${url(lang, slug)}</loc>${lastmod}${alternates.join('')}</url>`;
    })
    .toSorted();
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
