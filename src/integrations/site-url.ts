import type { AstroIntegration } from 'astro';

/** What a build without SITE_URL says: its absolute addresses name a placeholder host that does not exist. */
function siteUrlWarning(placeholder: string): string {
  return `SITE_URL is not set: canonical links, the sitemap, robots.txt, the Markdown export's links and the embedding snippet name ${placeholder}, a placeholder. Set SITE_URL to the address the site is served from before deploying this build.`;
}

/** Warns at the start of a build whose SITE_URL is not set (a local preview needs none; a deployment does). */
export default function siteUrlIntegration(env: NodeJS.ProcessEnv, placeholder: string): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!env.SITE_URL) logger.warn(siteUrlWarning(placeholder));
      },
    },
  };
}
