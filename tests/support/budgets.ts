/** Size budgets, in bytes after gzip, checked against the built site by tests/site/budgets.test.ts. */
export const budgets = {
  /**
   * JavaScript an article page loads before any interaction: inline scripts, script src and module preloads. It was 6 KB (3,918 B measured).
   * Then -1,585 B: the chrome in one script (shell.ts), the ranking of the search with Pagefind, a shorter theme script; 2,333 B measured.
   * Then +4 B: a search sent from the other language (?q=) opens at once. Now 2,337 B.
   * Then +20 B: Escape closes the contents of a narrow screen too, as it does the menu (review RS 14). Now 2,357 B.
   * Then -48 B: the theme button flips between the two themes instead of cycling through three choices. Now 2,309 B.
   */
  articleJs: 2_312,
  /** CSS a page loads: inline <style> and linked stylesheets. */
  css: 12 * 1024,
} as const;
