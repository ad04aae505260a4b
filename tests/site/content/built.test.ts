import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlElement, TextNode, type DOMNode } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { facts } from '../../../src/components/content/facts.ts';
import { firstDockerSentence } from '../../../src/components/content/first-docker.ts';
import { rangeLabel, rowId } from '../../../src/components/content/range-label.ts';
import { compareVersions } from '../../../src/components/content/version-order.ts';
import { mine } from '../../../src/engine/argv.ts';
import { ciService, DIND_ROOTLESS, idHelpers, ID_MAPS, installPackage, NFT_TABLE, noSystemd, PASTA_FAILURE_LOG, PS, REMOTE_DAEMON, shellCommand, sshDaemon, startDesktop, tun, userns } from '../../../src/engine/commands.ts';
import { dockerBundles, networkDrivers, passtMilestones, passtReleases, references, rootlesskitReleases, translatedResets } from '../../../src/engine/data/index.ts';
import { docsAnchors } from '../../../src/engine/docs-anchors.ts';
import { en } from '../../../src/engine/messages/en.ts';
import type { Messages } from '../../../src/engine/messages/types.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Lang } from '../../../src/i18n/languages.ts';
import { docPath } from '../../../src/i18n/urls.ts';
import { assertBuilt, builds, repoRoot } from '../../support/builds.ts';
import { idsOf, parseHtml, plainText } from '../../support/html.ts';
import { langs, listPages, pageRoute, readPage } from '../../support/pages.ts';
import { pinnedAnchors } from '../pinned-anchors.ts';
import { articles, articleUrl } from './articles.ts';
import { readFrontmatter } from './frontmatter.ts';

/** The checker's message catalogue in each language, whose words its fixes share with the pages. */
const catalogues: Record<Lang, Messages> = { en, 'zh-cn': zhCn };

/** The diagrams the guide must show, by figure id. */
const diagramIds = ['architecture', 'slirp-builtin', 'pasta-before', 'pasta-after', 'pasta-flag', 'timeline'];

/** Whitespace-normalised text of an element. */
const text = (element: HtmlElement | null): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A command-line option in running text: a word that starts with one or two hyphens and a letter ("--host-lo-to-ns-lo", "-p"). */
const optionPattern = /(?<![^\s(（"“\p{Script=Han}])--?[a-z][\w-]*/giu;

/** The options written as plain text (not inside code, kbd, samp or time) under a node. */
function plainOptions(node: DOMNode): string[] {
  if (node instanceof TextNode) return [...node.textContent.matchAll(optionPattern)].map((match) => match[0]);
  if (node instanceof HtmlElement && ['code', 'kbd', 'samp', 'time'].includes(node.tagName)) return [];
  return node.childNodes.flatMap(plainOptions);
}

/** The elements of the section with heading `id` (an h2, or an h3 inside one): those after the heading's wrapper, up to the next heading of its level or above. */
function sectionOf(root: HtmlElement, id: string): HtmlElement[] {
  const wrapper = root.querySelector(`[id="${id}"]`)?.parent;
  if (!wrapper?.parent) throw new Error(`no section #${id}`);
  const siblings = wrapper.parent.childElements;
  const rest = siblings.slice(siblings.indexOf(wrapper) + 1);
  const ends = wrapper.classList.contains('heading-3') ? ['heading-2', 'heading-3'] : ['heading-2'];
  const end = rest.findIndex((element) => ends.some((name) => element.classList.contains(name)));
  return end < 0 ? rest : rest.slice(0, end);
}

/** The lines of the first code block in `elements` that contains `marker`, trimmed. */
function codeLines(elements: HtmlElement[], marker: string): string[] {
  const pre = elements.flatMap((element) => element.querySelectorAll('pre')).find((candidate) => candidate.textContent.includes(marker));
  return (pre ? plainText(pre) : '').split('\n').map((line) => line.trim());
}

// The sentence must read whole in both states of the data, and the data decides which one a build shows.
test('which Docker release first bundles a RootlessKit reads as a sentence, whether one exists yet or not', () => {
  const wanted = facts.rlkHostLoopbackBlocked;
  const older = dockerBundles.filter((bundle) => compareVersions(bundle.rootlesskit, wanted) < 0);
  const newest = older.at(-1)!;
  const later = [...older, { first: '99.0.0', last: '99.0.1', rootlesskit: wanted, source: newest.source }];
  for (const lang of langs) {
    const none = firstDockerSentence(wanted, older, lang);
    expect(none).toContain(`v${wanted}`);
    expect(none).toContain(newest.last);
    expect(none).toContain(`v${newest.rootlesskit}`);
    const from = firstDockerSentence(wanted, later, lang);
    expect(from).toContain(`v${wanted}`);
    expect(from).toContain('Docker 99.0.0');
    for (const sentence of [none, from]) expect(sentence).toMatch(/^[^:：]+[.。]$/);
  }
});

describe.each(builds)('content in the $name build', (build) => {
  assertBuilt(build);
  const cache = new Map<string, HtmlElement>();
  /** The parsed page for a slug, read once. */
  const page = (slug: string): HtmlElement => {
    const cached = cache.get(slug);
    if (cached) return cached;
    const file = join(build.dir, slug, 'index.html');
    if (!existsSync(file)) throw new Error(`${articleUrl(build.base, slug)} was not built (${file})`);
    const root = parseHtml(readFileSync(file, 'utf8'));
    cache.set(slug, root);
    return root;
  };

  test.each(articles)('/$slug/ is built and linked from the sidebar', ({ slug }) => {
    const sidebar = page(slug).querySelectorAll('.sidebar a').map((link) => link.getAttributeValue('href'));
    for (const article of articles) expect(sidebar).toContain(articleUrl(build.base, article.slug));
  });

  test.each([...new Set([...pinnedAnchors, ...docsAnchors])])('%s exists', (anchor) => {
    const [path = '', id = ''] = anchor.split('#');
    expect(idsOf(page(path.replace(/^\/|\/$/g, '')))).toContain(id);
  });

  test.each(articles)('/$slug/ and its Chinese twin show no component as text (one written inside backticks is not run)', ({ slug }) => {
    for (const path of [slug, `zh-cn/${slug}`]) expect([path, plainText(page(path)).match(/<[A-Z]\w* [a-z]\w*=/g)]).toEqual([path, null]);
  });

  test.each(articles)('/$slug/ renders its frontmatter sources as a Sources list', ({ slug, file }) => {
    const { sourceUrls } = readFrontmatter(readFileSync(join(repoRoot, 'content', 'en', file), 'utf8'));
    const rendered = page(slug).querySelectorAll('.sources a').map((link) => link.getAttributeValue('href'));
    expect(rendered).toEqual(sourceUrls);
  });

  test.each(articles)('/$slug/: every diagram has an accessible name, a description and a text version', ({ slug }) => {
    const root = page(slug);
    for (const svg of root.querySelectorAll('svg[role="img"]')) {
      const labelledBy = (svg.getAttributeValue('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const name = labelledBy.map((id) => text(root.querySelector(`[id="${id}"]`))).join(' ') || (svg.getAttributeValue('aria-label') ?? '');
      expect(name.trim(), `diagram on /${slug}/ has no accessible name`).not.toBe('');
      const describedBy = svg.getAttributeValue('aria-describedby') ?? '';
      expect(text(root.querySelector(`[id="${describedBy}"]`)), `diagram on /${slug}/ has no description`).not.toBe('');
      const figure = svg.closest('figure');
      expect(figure?.querySelectorAll('details li').length ?? 0, `diagram on /${slug}/ has no text version`).toBeGreaterThan(0);
    }
  });

  test('every diagram appears on some page', () => {
    const figures = articles.flatMap(({ slug }) => page(slug).querySelectorAll('figure.diagram').map((f) => f.getAttributeValue('id')));
    expect(figures.toSorted()).toEqual(expect.arrayContaining(diagramIds.map((id) => `figure-${id}`)));
  });

  test('the Docker → RootlessKit table on /compatibility/ has every row of dockerBundles', () => {
    const table = page('compatibility').querySelector('[data-table="docker-rootlesskit"]');
    expect(table).not.toBeNull();
    for (const bundle of dockerBundles) {
      const row = table?.querySelector(`[id="${rowId(bundle.first)}"]`) ?? null;
      expect(text(row?.querySelector('th a') ?? null)).toBe(rangeLabel(bundle.first, bundle.last));
      expect(text(row)).toContain(bundle.rootlesskit);
    }
    expect(table?.querySelectorAll('tbody tr').length).toBe(dockerBundles.length);
  });

  // The question a reader brings is "does my release have the fix?": its answer is the column right after the release, which a phone shows.
  test.each(['compatibility', 'zh-cn/compatibility'])('/%s/: the Docker → RootlessKit table answers in its second column', (slug) => {
    const table = page(slug).querySelector('[data-table="docker-rootlesskit"]');
    expect(text(table?.querySelector('thead th:nth-child(2)') ?? null)).toContain('--host-lo-to-ns-lo');
    for (const row of table?.querySelectorAll('tbody tr') ?? []) expect(row.querySelector('td:nth-child(2) .verdict')).not.toBeNull();
  });

  /** The "#" links to the element's own id inside it, each with a name beyond the "#" that is hidden from screen readers. */
  const selfLinks = (element: HtmlElement) =>
    element.querySelectorAll('a.self-link').map((link) => ({ href: link.getAttributeValue('href'), name: text(link.querySelector('.sr-only')) }));

  test.each([
    { slug: 'glossary', selector: 'dt[id]', name: /^Link to this term: \S/ },
    { slug: 'zh-cn/glossary', selector: 'dt[id]', name: /^本词条链接：\S/ },
    { slug: 'problem', selector: 'dt[id]', name: /^Link to this term: \S/ },
    { slug: 'references', selector: 'li[id]', name: /^Link to this entry: \S/ },
    { slug: 'compatibility', selector: 'tr[id]', name: /^Link to this row: \S/ },
    { slug: 'zh-cn/compatibility', selector: 'tr[id]', name: /^本行链接：\S/ },
    { slug: 'fix', selector: 'tr[id]', name: /^Link to this row: \S/ },
  ])('/$slug/: every $selector has a "#" link to itself with an accessible name', ({ slug, selector, name }) => {
    const elements = page(slug).querySelectorAll(selector);
    expect(elements.length).toBeGreaterThan(3);
    for (const element of elements) {
      const links = selfLinks(element);
      expect(links, `${selector}#${element.getAttributeValue('id')}`).toEqual([{ href: `#${element.getAttributeValue('id')}`, name: expect.stringMatching(name) }]);
    }
  });

  test.each(['problem', 'zh-cn/problem'])("/%s/ quotes curl's reset in every language the checker reads it in, each marked as that language", (slug) => {
    const codes = sectionOf(page(slug), 'symptom').flatMap((element) => element.querySelectorAll('li samp[lang]'));
    expect(codes.map((code) => [code.getAttributeValue('lang'), plainText(code)])).toEqual(translatedResets.map(([lang, text]) => [lang, text]));
  });

  test('every reference entry links to itself, and the glossary term pasta names itself', () => {
    const entries = page('references').querySelectorAll('li[id]').map((entry) => entry.getAttributeValue('id'));
    expect(entries.toSorted()).toEqual(Object.values(references).map((ref) => ref.id).toSorted());
    expect(selfLinks(page('glossary').querySelector('dt[id="pasta"]')!)).toEqual([{ href: '#pasta', name: 'Link to this term: pasta' }]);
  });

  test.each(['compatibility', 'zh-cn/compatibility'])('/%s/ says how row ids are formed, with examples that are ids on the page', (slug) => {
    const root = page(slug);
    const intro = root.querySelectorAll('p').find((paragraph) => paragraph.textContent.includes('#docker-'));
    const examples = (intro?.querySelectorAll('code') ?? []).map((code) => text(code)).filter((code) => code.startsWith('#'));
    expect(examples.map((example) => example.replace(/-.*/, ''))).toEqual(['#docker', '#rootlesskit', '#passt']);
    for (const example of examples) expect(idsOf(root)).toContain(example.slice(1));
  });

  /** The decision table's rows as text, one cell per column. */
  const decisionRows = (slug: string) =>
    page(slug)
      .querySelectorAll('[data-table="decision"] tbody tr')
      .map((row) => row.querySelectorAll('td').map((cell) => text(cell)));

  test.each(['compatibility', 'zh-cn/compatibility', 'checker'])('/%s/: the decision table has a row for every network driver RootlessKit knows', (slug) => {
    const named = decisionRows(slug).flatMap(([network = '']) => networkDrivers.filter((driver) => network.includes(driver)));
    expect(new Set(named)).toEqual(new Set(networkDrivers));
  });

  test.each(['compatibility', 'zh-cn/compatibility', 'checker'])('/%s/: the decision table has a row for pasta with port driver none, which forwards nothing', (slug) => {
    const rows = decisionRows(slug).filter(([network, port]) => network === 'pasta' && port === 'none');
    expect(rows).toHaveLength(1);
    expect(rows[0]![5]).toContain('--tcp-ports=none');
  });

  test('a file to create, an HTML snippet and log lines that are not errors are labelled as what they are', () => {
    const frame = (slug: string, contains: string) => page(slug).querySelectorAll('.code-frame').find((candidate) => candidate.textContent.includes(contains));
    const nft = frame('security', 'table inet rootless_ports {');
    expect(nft?.getAttributeValue('class')).toContain('code-file');
    expect(nft?.getAttributeValue('class')).not.toContain('code-output');
    expect(frame('security', '[Install]')?.getAttributeValue('class')).toContain('code-file');
    expect(text(frame('checker', 'clipboard-write')?.querySelector('.code-lang') ?? null)).toBe('html');
    const label = (slug: string, message: string) => text(frame(slug, message)?.querySelector('.code-lang') ?? null);
    expect(label('troubleshooting', 'network driver is experimental')).toBe('Warning');
    expect(label('troubleshooting', '--stderr will be dropped soon')).not.toBe('Error message');
    expect(label('troubleshooting', 'pasta unknown version')).toBe('Output');
    expect(label('troubleshooting', 'Connection reset by peer')).toBe('Error message');
    expect(label('zh-cn/troubleshooting', 'network driver is experimental')).toBe('警告信息');
  });

  test('/compatibility/ lists every passt milestone, and its timeline every dated release', () => {
    const root = page('compatibility');
    const milestones = text(root.querySelector('[data-table="passt-milestones"]'));
    for (const milestone of Object.values(passtMilestones)) expect(milestones).toContain(milestone.version);
    const timeline = text(root.querySelector('#figure-timeline details'));
    for (const release of passtReleases) expect(timeline).toContain(release.tag);
    for (const release of rootlesskitReleases) expect(timeline).toContain(`v${release.version}`);
  });

  // A table keeps code on one line (article.css) and scrolls in its region instead; an option written as plain text would break at its hyphens.
  test.each(listPages(build).map((built) => built.url))('%s: every option named in a table is code, so that it never breaks across lines', (url) => {
    const built = listPages(build).find((candidate) => candidate.url === url);
    const root = parseHtml(built ? readPage(built) : '');
    const plain = root.querySelectorAll('table caption, table th, table td').flatMap((cell) => plainOptions(cell).map((option) => `${option} in "${text(cell).slice(0, 60)}"`));
    expect(plain).toEqual([]);
  });

  // What the copy button copies (shell.ts leaves out a diff's removed lines) must run: a synopsis with <placeholders> is no shell
  // block, and a reboot copied with the commands before it would restart a host whose change failed or was never made. Interactive zsh
  // reads a comment as words (without interactivecomments): a quote there would swallow the lines after it, as in the checker's fixes.
  test.each(listPages(build).map((built) => built.url))('%s: every shell block parses as bash and zsh read it, and a reboot is a block of its own', (url) => {
    const built = listPages(build).find((candidate) => candidate.url === url);
    const blocks = parseHtml(built ? readPage(built) : '')
      .querySelectorAll('pre[data-language="sh"]')
      .map((pre) => pre.querySelectorAll('.line').filter((line) => !(line.getAttributeValue('class') ?? '').split(' ').includes('remove')).map(plainText).join('\n'));
    const broken = blocks.filter((block) => spawnSync('bash', ['-n'], { input: block }).status !== 0);
    const rebooting = blocks.filter((block) => /^reboot$/m.test(block) && block.split('\n').some((line) => line.trim() && !line.startsWith('#') && line !== 'reboot'));
    const comments = blocks.flatMap((block) => block.split('\n').filter((line) => /^\s*#/.test(line) && /[;'"()*?&|<>`$[\]{}!\\]/.test(line)));
    expect({ broken, rebooting, comments }).toEqual({ broken: [], rebooting: [], comments: [] });
  });

  test.each(langs)("%s: /troubleshooting/ installs a missing pasta as the checker does, with each distribution's package manager", (lang) => {
    expect(codeLines(sectionOf(page(docPath(lang, 'troubleshooting').slice(1)), 'pasta-not-found'), 'passt').join('\n')).toContain(
      installPackage('passt', catalogues[lang].snippets).split('\n').map((line) => line.trim()).join('\n'),
    );
  });

  test.each(langs)("%s: /security/ creates the nftables table that the checker's workaround checks for before it publishes a port", (lang) => {
    expect(plainText(page(docPath(lang, 'security').slice(1)))).toContain(`table ${NFT_TABLE} {`);
  });

  test('versions on the pages are the ones in the data module', () => {
    const home = text(page(''));
    expect(home).toContain(`Docker ${facts.dockerFixed}`);
    expect(home).toContain(`v${facts.rlkFixed}`);
    expect(text(page('fix'))).toContain(facts.passtChange);
  });

  // On x86-64 with AVX2, pasta runs as passt.avx2 or pasta.avx2 ("pgrep -x pasta" finds nothing there), and ps -C lists every
  // user's processes: on a shared host another user's pasta would answer for the reader's.
  test.each(listPages(build).map((built) => built.url))('%s: every command that looks for RootlessKit or pasta processes is the engine\'s (own processes, AVX2 names)', (url) => {
    const built = listPages(build).find((candidate) => candidate.url === url);
    const lines = parseHtml(built ? readPage(built) : '').querySelectorAll('pre, code').flatMap((element) => plainText(element).split('\n'));
    // Commands, not the options named in prose ("pgrep -x", "ps -C").
    const looking = lines.filter((line) => /\bpgrep -a\b|\bps -o args=/.test(line));
    const engines = [PS, shellCommand(mine('rootlesskit'))];
    expect(looking.filter((line) => !engines.some((command) => line.includes(command)))).toEqual([]);
  });

  // The lines of those fixes that are theirs only ("echo \"$DOCKER_HOST\"" and "docker context ls" are other checks' too).
  const CHECK =
    /newuidmap newgidmap|\/etc\/subuid|'pasta failed'|^cat \/proc\/sys\/(?:kernel|user)\/|\/dev\/net\/tun|grep -qw tun|^command -v ip |^docker (?:logs|exec) .*CONTAINER|^(?:ls -l|PATH="\$PATH:\/sbin" getcap) "\$\(command -v newuidmap|^grep NoNewPrivs|^cat \/proc\/self\/uid_map|^echo "DOCKER_HOST=|^ls "\$DOCKER_TLS_CERTDIR|^for i in \$\(seq|^DOCKER_HOST=unix:|^ssh USER@HOST|^\[ -d \/run\/systemd\/system|^rm -rf "\$XDG_RUNTIME_DIR"|nohup dockerd-rootless\.sh|^docker desktop start/;
  // The guide's checks for the user namespace's helpers and settings, the tap device, pasta's failure, dind-rootless's socket, a daemon
  // elsewhere, a host without systemd and Docker Desktop are the checker's fixes: a correction to one (dash's command -v checks only its first name)
  // must reach the other. Comments and echoed words are each language's, as its catalogue words them.
  test.each(listPages(build).map((built) => built.url))("%s: every check of the ID-map helpers, user namespaces, tap0, pasta's failure, dind-rootless, a daemon elsewhere, no systemd and Docker Desktop is the engine's", (url) => {
    const built = listPages(build).find((candidate) => candidate.url === url);
    const command = (line: string): string => line.split('   #')[0]!.trim();
    const lines = parseHtml(built ? readPage(built) : '').querySelectorAll('pre').flatMap((element) => plainText(element).split('\n'));
    const checks = lines
      .filter((line) => CHECK.test(line))
      .map(command);
    const words = catalogues[pageRoute(build, url).lang].snippets;
    const engines = [ID_MAPS, PASTA_FAILURE_LOG, userns(words), tun(words), DIND_ROOTLESS, idHelpers(words), ciService(words), REMOTE_DAEMON, sshDaemon(words), noSystemd(words), startDesktop('windows')]
      .flatMap((fix) => fix.split('\n'))
      .filter((line) => CHECK.test(line))
      .map(command);
    expect(checks.filter((line) => !engines.includes(line))).toEqual([]);
    // Every one of them on the troubleshooting page (the ranges' check in more than one section).
    if (url.endsWith('/troubleshooting/')) expect(new Set(checks).size).toBe(engines.length);
  });

  test.each(langs)('%s: the symptom on /problem/ waits for pasta\'s port scan between docker run and curl', (lang) => {
    const lines = codeLines(sectionOf(page(docPath(lang, 'problem').slice(1)), 'symptom'), 'docker run -d -p 127.0.0.1:');
    const run = lines.findIndex((line) => line.startsWith('docker run'));
    const curl = lines.findIndex((line) => line.startsWith('curl'));
    expect(run).toBeGreaterThanOrEqual(0);
    expect(lines.slice(run + 1, curl).some((line) => /^sleep \d/.test(line))).toBe(true);
  });

  test.each(langs)('%s: the static-tarball upgrade stops the daemon only after both downloads, and stops at the first error', (lang) => {
    const lines = codeLines(sectionOf(page(docPath(lang, 'remediation').slice(1)), 'upgrade'), 'docker-rootless-extras');
    expect(lines).toContain('set -eu');
    const stop = lines.indexOf('systemctl --user stop docker');
    const lastFetch = lines.findLastIndex((line) => /^(curl|tar) /.test(line));
    expect(lastFetch).toBeGreaterThanOrEqual(0);
    expect(stop).toBeGreaterThan(lastFetch);
  });

  test.each(langs)('%s: the systemd drop-in on /remediation/ links to the configuration variables table', (lang) => {
    const links = sectionOf(page(docPath(lang, 'remediation').slice(1)), 'systemd-drop-in')
      .flatMap((element) => element.querySelectorAll('a'))
      .map((link) => link.getAttributeValue('href') ?? '')
      .filter((href) => href.includes('/rootless-networking/'));
    expect(links).toEqual([`${build.base}${docPath(lang, 'rootless-networking').slice(1)}#configuration-variables`]);
  });

  test.each(langs)('%s: /security/ says in a sentence which Docker release first bundles the host-loopback fix', (lang) => {
    const section = sectionOf(page(docPath(lang, 'security').slice(1)), 'host-loopback-leak').map(text).join(' ');
    expect(section).toContain(firstDockerSentence(facts.rlkHostLoopbackBlocked, dockerBundles, lang));
  });

  test("the docker version sample on /diagnostics/ keeps docker's indentation, the first line's too", () => {
    const sample = page('diagnostics').querySelectorAll('pre').find((pre) => pre.textContent.includes('NetworkDriver:'));
    expect(sample?.textContent).toMatch(/^ rootlesskit:\n {2}Version: +\d/);
  });

  test('each troubleshooting section heading and quoted message is inside the search-indexed body', () => {
    const root = page('troubleshooting');
    const body = root.querySelector('[data-pagefind-body]');
    const sections = pinnedAnchors.filter((anchor) => anchor.startsWith('/troubleshooting/#')).map((anchor) => anchor.split('#')[1] ?? '');
    expect(sections.length).toBeGreaterThan(10);
    expect(body === null ? [] : [...idsOf(body)]).toEqual(expect.arrayContaining(sections));
    const messages = (scope: HtmlElement | null) => (scope?.querySelectorAll('.error-message') ?? []).length;
    expect(messages(root)).toBeGreaterThan(10);
    expect(messages(body)).toBe(messages(root));
  });
});
