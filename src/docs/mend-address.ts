// What prose and wikis do to a link: a '#' percent-encoded into the path, punctuation or a closing bracket taken into it.
const encodedHash = /%23/i;
const trailingJunk = /(?:[).,;:!'"\]>*]|%2[29]|%3[Ee]|%5[Dd])+$/;

/**
 * The address a damaged link meant (path, query and fragment joined as in a URL), or null when it has none of that damage:
 * "/a/%23b" → "/a/#b", "/a/)." → "/a/". Applying it to its own result gives null, so a page that redirects by it cannot loop.
 */
export function mendAddress(pathname: string, search: string, hash: string): string | null {
  let path = pathname;
  let fragment = hash;
  const at = path.search(encodedHash);
  if (at >= 0 && fragment === '') {
    const tail = path.slice(at + 3);
    path = path.slice(0, at);
    fragment = `#${safeDecode(tail).replace(trailingJunk, '')}`;
  }
  path = path.replace(trailingJunk, '');
  if (path === '') path = '/';
  return path === pathname && fragment === hash ? null : `${path}${search}${fragment === '#' ? '' : fragment}`;
}

/** The text percent-decoded, or as given when it is not valid percent-encoding. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
