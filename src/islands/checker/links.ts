/** Links from the checker to the guide: the page hands the island the guide's root in its language and build. */

/** The site-absolute URL of a guide path such as "/remediation/#upgrade" under `root`, e.g. "/kb/zh-cn/". */
export function docsHref(path: string, root: string): string {
  return root + path.replace(/^\/+/, '');
}

/** The URL of the full checker page carrying a share fragment, on the origin of `here`. */
export function shareUrl(fragment: string, root: string, here: string): string {
  const url = new URL(docsHref('/checker/', root), here);
  url.hash = fragment;
  return url.href;
}
