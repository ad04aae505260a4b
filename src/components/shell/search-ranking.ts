/**
 * Pagefind's ranking for this site, shared by the search dialog and the tests that query the index (https://pagefind.app/docs/ranking/).
 * The page-length penalty is lowered from Pagefind's 0.75: the long troubleshooting page is the answer to searches for the messages it
 * quotes, and a short page that only names one of them must not outrank it. Term similarity is raised from Pagefind's 1: every word
 * that begins with a query's word counts as a match, so the long pages, which hold the most such words, came first for words they
 * only extend: "upgrade rootlesskit" found the troubleshooting page before the remediation page, and on a Chinese page, where
 * Pagefind splits "host-lo-to-ns-lo" into short words, "lo" matched every "localhost" and "loopback".
 * Any value from 5 to 8 ranks the same answers first.
 */
export const searchRanking = { pageLength: 0.3, termSimilarity: 5 } as const;
