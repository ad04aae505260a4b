/** What the checker page tells wikis to paste: the iframe, and the optional script that sizes it to the checker's height. */

/** The message the embedded checker posts to its parent: a name of its own, so that no other frame's message is taken for it. */
export const heightMessage = 'rootless-networking-guide:height';

/** Height of the frame where no script sizes it: the empty checker's, about; a result then scrolls inside the frame. */
export const fallbackHeight = 1600;

/** The iframe showing the checker at `embedUrl`, titled `title`, at the fixed fallback height. */
export function embedFrame(embedUrl: string, title: string): string {
  return `<iframe src="${embedUrl}" title="${title}" width="100%" height="${fallbackHeight}" loading="lazy" allow="clipboard-write"></iframe>`;
}

/**
 * A script for the wiki page that sets each frame showing `embedUrl` to the height its checker reports; it takes the message
 * only from the checker's origin and from that frame's own window, so no other page or frame can resize it. The height is the
 * frame's inside, border apart, also where the wiki's styles size boxes with their border.
 */
export function embedResizer(embedUrl: string): string {
  const origin = new URL(embedUrl).origin;
  return `<script>
  addEventListener('message', (event) => {
    if (event.origin !== '${origin}' || event.data?.type !== '${heightMessage}') return;
    for (const frame of document.querySelectorAll('iframe[src^="${embedUrl}"]')) {
      if (frame.contentWindow === event.source) Object.assign(frame.style, { boxSizing: 'content-box', height: event.data.height + 'px' });
    }
  });
</script>`;
}
