import { expect, test } from 'vitest';
import { headingHolds, sectionsFirst, type SearchPage, type SearchSection } from '../../../src/components/shell/search-sections.ts';
import { searchWords } from '../../../src/components/shell/search-words.ts';

interface Section extends SearchSection {
  hits: number;
}

/** Pagefind's own pick (its Component UI's getDisplaySubResults): the page's own entry dropped, the `max` sections with most hits, in page order. */
const pagefindPick = (page: SearchPage<Section>, max: number): Section[] => {
  const sections = page.sub_results[0]?.url === page.url ? page.sub_results.slice(1) : page.sub_results;
  const best = [...sections].sort((a, b) => b.hits - a.hits).slice(0, max);
  return sections.filter((section) => best.includes(section));
};

const section = (id: string, title: string, hits: number): Section => ({ url: `/troubleshooting/#${id}`, title, hits });

// The troubleshooting page as Pagefind answered "connection reset by peer" (review 108 #8): longer sections sharing one or two words
// have more hits than the one titled with the message.
const troubleshooting = (resetTitle: string): SearchPage<Section> => ({
  url: '/troubleshooting/',
  sub_results: [
    { url: '/troubleshooting/', title: 'Troubleshooting', hits: 2 },
    section('no-user-session', '$XDG_RUNTIME_DIR not defined', 6),
    section('daemon-not-running', 'Cannot connect to the Docker daemon', 5),
    section('pasta-not-found', 'pasta: executable file not found in $PATH', 4),
    section('connection-reset-by-peer', resetTitle, 3),
  ],
});

const ids = (sections: SearchSection[]) => sections.map((s) => s.url.replace(/.*#/, ''));

test('searching a message lists the section titled with it first, then the sections Pagefind picks', () => {
  const page = troubleshooting('curl: (56) Recv failure: Connection reset by peer');
  expect(ids(pagefindPick(page, 3))).toEqual(['no-user-session', 'daemon-not-running', 'pasta-not-found']);
  expect(ids(sectionsFirst(page, 'connection reset by peer', 'en', 3, pagefindPick))).toEqual([
    'connection-reset-by-peer',
    'no-user-session',
    'daemon-not-running',
  ]);
  // Case and punctuation do not matter, as they do not to Pagefind.
  expect(ids(sectionsFirst(page, 'Connection RESET, by peer!', 'en', 3, pagefindPick))[0]).toBe('connection-reset-by-peer');
});

test('in Chinese, a heading holds the query when it holds each of its words, as Pagefind splits them', () => {
  const page = troubleshooting('curl: (56) Recv failure: Connection reset by peer（连接被对方重置）');
  expect(ids(sectionsFirst(page, '连接被重置', 'zh-CN', 3, pagefindPick))[0]).toBe('connection-reset-by-peer');
  expect(headingHolds('端口要过一秒左右才能连通', '连接被重置', 'zh-CN')).toBe(false);
});

test('without a titled section, the order is Pagefind’s own; the page’s own entry is never listed as a section', () => {
  const page = troubleshooting('curl: (56) Recv failure: Connection reset by peer');
  expect(sectionsFirst(page, 'loopback', 'en', 3, pagefindPick)).toEqual(pagefindPick(page, 3));
  expect(ids(sectionsFirst(page, 'troubleshooting', 'en', 3, pagefindPick))).not.toContain('');
  expect(sectionsFirst(page, 'docker', 'en', 1, pagefindPick)).toHaveLength(1);
});

test('the query is read as Pagefind reads it: punctuation dropped, lower case, accents stripped, Chinese split into words', () => {
  expect(searchWords('curl: (56) Recv failure', 'en')).toEqual(['curl', '56', 'recv', 'failure']);
  expect(searchWords('Connexion ré-initialisée', 'fr')).toEqual(['connexion', 'reinitialisee']);
  expect(searchWords('连接被重置', 'zh-CN').join('')).toBe('连接被重置');
  expect(searchWords('连接被重置', 'zh-CN').length).toBeGreaterThan(1);
});
