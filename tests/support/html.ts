import { Config, Parser, type HtmlElement } from 'html-validate';

const parser = new Parser(await Config.defaultConfig().resolve());

/** Parses a built page with html-validate's parser (already a dependency, and the same reading of the HTML the validator uses). */
export function parseHtml(html: string): HtmlElement {
  return parser.parseHtml(html);
}

/** Every URL a page refers to in markup: a/link href, script/img/iframe/source src. */
export function referencedUrls(root: HtmlElement): string[] {
  const hrefs = root.querySelectorAll('a[href], link[href]').map((element) => element.getAttributeValue('href'));
  const srcs = root.querySelectorAll('script[src], img[src], iframe[src], source[src]').map((element) => element.getAttributeValue('src'));
  return [...hrefs, ...srcs].filter((url): url is string => url !== null);
}

/** Every id on a page (fragment targets). */
export function idsOf(root: HtmlElement): Set<string> {
  return new Set(root.querySelectorAll('[id]').map((element) => element.getAttributeValue('id') ?? ''));
}

const REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** An element's text as a reader sees it: html-validate's textContent keeps the source's character references (&quot;, &#x26;). */
export function plainText(element: HtmlElement): string {
  return element.textContent.replace(/&(amp|lt|gt|quot|#\d+|#x[\da-f]+);/gi, (_, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name[1] === 'x' || name[1] === 'X' ? `0${name.slice(1)}` : name.slice(1))) : REFERENCES[name]!,
  );
}
