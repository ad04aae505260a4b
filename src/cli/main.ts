/** netcheck as a function: arguments and output streams in, exit status out. */
import { analyze } from '../engine/index.ts';
import type { Lang } from '../i18n/languages.ts';
import { docPath, withBase } from '../i18n/urls.ts';
import { siteConfig } from '../site.config.ts';
import { parseArgs, usage } from './args.ts';
import { collect } from './collect.ts';
import { formatHuman, formatJson } from './format.ts';
import { readInput } from './input.ts';
import { pickLang, words } from './words.ts';

/**
 * Where links to the guide point: the site's address and base path, as the build reads them (SITE_URL, BASE_PATH), and the
 * language's pages. As in the build, the base path replaces any path SITE_URL has.
 */
export function guideAddress(env: NodeJS.ProcessEnv = process.env, lang: Lang = 'en'): string {
  const site = env.SITE_URL || siteConfig.defaultSiteUrl;
  // The URL's own error ("Invalid URL") names neither the setting nor its value.
  if (!URL.canParse(site)) throw new Error(`SITE_URL must be an absolute URL such as https://docs.example.com (it is ${JSON.stringify(site)})`);
  return new URL(withBase(docPath(lang, ''), env.BASE_PATH || '/'), site).href;
}

/** Runs netcheck and returns its exit status: 1 affected, 0 otherwise, 2 bad usage or unreadable input. */
export async function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const options = parseArgs(argv);
  if ('error' in options) {
    err(`netcheck: ${options.error}\nTry 'npm run --silent netcheck -- --help'.\n`);
    return 2;
  }
  if (options.help) {
    out(`${usage}\n`);
    return 0;
  }
  let text: string;
  if (options.collect) {
    // A rootless daemon belongs to a user: root (or sudo) would check root's own, rootful daemon.
    if (process.getuid?.() === 0) err('netcheck: running as root, so --collect checks root\'s Docker; run it as the user whose rootless daemon you mean.\n');
    const collected = await collect();
    // With --json, standard output carries only the JSON; what ran goes to standard error.
    const log = options.json ? err : out;
    log(`Ran:\n${collected.ran.map((r) => `  ${r.command}  (${r.outcome})`).join('\n')}\n\n`);
    text = collected.transcript;
  } else {
    // Waiting silently on a terminal looks like a hang.
    if ((options.file ?? '-') === '-' && process.stdin.isTTY) err('Paste the output, then press Ctrl-D on a line of its own (or run with --collect, or --help).\n');
    const input = await readInput(options.file);
    if ('error' in input) {
      err(`netcheck: ${input.error}\n`);
      return 2;
    }
    text = input.text;
  }
  const lang = pickLang(options.lang);
  const result = analyze(text, { messages: words[lang].messages });
  out(options.json ? formatJson(result) : formatHuman(result, guideAddress(process.env, lang), words[lang], options.collect));
  return result.verdict === 'affected' ? 1 : 0;
}
