/**
 * A mail copied as its source in quoted-printable (RFC 2045 §6.7): "=3D" for "=", "=E2=80=94" for a UTF-8 character, and a soft line
 * break ("=" at a line's end) that may fall inside a flag ("--host-lo-to-=" / "ns-lo"; review R137 23). Read only where the paste says so,
 * by its escapes or by the header, and has soft breaks, so that a plain paste's "=" at a line's end (base64's padding, "key=", "--opt="
 * at a wrap) stays as it is; a line with an "=" of its own is plain text beside the mail.
 */

/** What clean.ts lends: a line without its prefixes, a line made plain, whether the paste is double-spaced, how a joined piece is noted. */
export interface Printable {
  strip: (line: string) => string;
  plain: (line: string) => string;
  spaced: () => boolean;
  join: (i: number, j: number, at: number) => void;
}

const HEADER = /Content-Transfer-Encoding[:：]\s*quoted-printable/i;
// Escapes only quoted-printable writes: "=" itself, a UTF-8 character's lead byte and the next. Not a blank's or a tab's ("=20", "=09"):
// plain text has those too ("container=20", "port=2049"), and a mail that shows an argv escapes its "=".
const TELLING = /=(?:3D|[C-F][0-9A-F]=[89AB][0-9A-F])/g;
const MIN_TELLING = 3;
// A soft line break, with the blanks a mail's transport may add after it.
const SOFT = /=[ \t]*$/;
// An "=" that is no escape and no soft break: plain text.
const BARE = /=(?![0-9A-F]{2}|[ \t]*$)/;
// A run of the escapes an encoder writes: "=" itself, a blank or tab, a byte of a UTF-8 character ("=40" for "@" is none: plain text's
// "VERSION_ID=40" stays).
const ESCAPES = /(?:=(?:3D|20|09|[89A-F][0-9A-F]))+/g;
const LEAD = /^[ \t]*/;
// A mail's header line, whose parameters are never encoded.
const MAIL_HEADER = /^[A-Z][\w-]*: /;

/**
 * Whether the lines are quoted-printable: enough of its escapes, or its header and no bare "=" but in a mail's header line ("Content-Type:
 * text/plain; charset=…"), beside a soft break. A mail shown decoded with its headers has bare ones ("--tcp-ports=auto") and no escape.
 */
function printable(raw: readonly string[], text: string, strip: (line: string) => string): boolean {
  // Searched in the whole text first: the lines are looked at only where it may be a mail's source.
  const telling = (text.match(TELLING)?.length ?? 0) >= MIN_TELLING;
  if ((!telling && !/quoted-printable/i.test(text)) || !raw.some((l) => SOFT.test(l))) return false;
  // The header looked for in the lines made plain: a zero-width space may stand after its colon.
  return telling || (raw.some((l) => HEADER.test(l)) && !raw.some((l) => bare(l, strip)));
}

/** Whether the line has an "=" that is no escape and no soft break, outside a mail's header line: plain text beside the mail, left as it is. */
const bare = (l: string, strip: (line: string) => string): boolean => BARE.test(l) && !MAIL_HEADER.test(strip(l));

const UTF8 = new TextDecoder();

/** The piece's escapes as the characters they stand for, its bytes read as UTF-8. */
function decode(piece: string): string {
  return piece.replace(ESCAPES, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let k = 0; k < bytes.length; k++) bytes[k] = parseInt(run.slice(3 * k + 1, 3 * k + 3), 16);
    return UTF8.decode(bytes);
  });
}

/**
 * The continuation of a soft break without the margin the paste put before every line (a log's prefix, a quote's ">" or indentation
 * that the first piece has too): the mail's own text starts after it.
 */
function withoutMargin(next: string, first: string, strip: (line: string) => string): string {
  const own = next.slice(0, next.length - strip(next).length);
  if (own) return first.startsWith(own) ? next.slice(own.length) : next;
  const lead = LEAD.exec(first)![0];
  return lead && next.startsWith(lead) ? next.slice(lead.length) : next;
}

/** Decodes a quoted-printable paste in place: soft breaks joined (the later pieces' places left blank), escapes decoded; else nothing. */
export function unprint(raw: string[], text: string, lend: Printable): void {
  if (!text.includes('=') || !printable(raw, text, lend.strip)) return;
  // Found once, and only where a soft break comes before a blank line.
  let spaced: boolean | undefined;
  for (let i = 0; i < raw.length; i++) {
    const first = raw[i]!;
    if (!first.includes('=') || bare(first, lend.strip)) continue;
    let t = '';
    let j = i;
    for (let piece = first; ; ) {
      // A double-spaced paste put a blank line after each line: the next piece is the one after it.
      const k = !raw[j + 1]?.trim() && j + 2 < raw.length && (spaced ??= lend.spaced()) ? j + 2 : j + 1;
      // A soft break goes on in the next line, unless that one is plain text.
      const goes = SOFT.test(piece) && k < raw.length && !bare(raw[k]!, lend.strip);
      t += lend.plain(decode(goes ? piece.replace(SOFT, '') : piece));
      if (!goes) break;
      lend.join(i, k, t.length);
      piece = withoutMargin(raw[k]!, first, lend.strip);
      raw[k] = '';
      j = k;
    }
    raw[i] = t;
    i = j;
  }
}
