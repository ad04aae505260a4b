/**
 * Pagefind's ranking for this site, shared by the search dialog and the tests that query the index. The page-length penalty is
 * lowered from Pagefind's 0.75: the long troubleshooting page is the answer to searches for the messages it quotes, and a short
 * page that only names one of them must not outrank it (https://pagefind.app/docs/ranking/).
 */
export const searchRanking = { pageLength: 0.3 } as const;
