/** Size budgets, in bytes after gzip, checked against the built site by tests/site/budgets.test.ts. */
export const budgets = {
  /** JavaScript an article page loads before any interaction: inline scripts, script src and module preloads. */
  articleJs: 6 * 1024,
  /** CSS a page loads: inline <style> and linked stylesheets. */
  css: 12 * 1024,
} as const;
