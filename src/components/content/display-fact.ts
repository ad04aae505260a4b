/** A fact as shown: optionally with a "v" prefix, or cut to the date part of a passt tag ("2024_10_30.ee7d0b6" → "2024_10_30"). */
export function displayFact(value: string, options: { v?: boolean; short?: boolean } = {}): string {
  const text = options.short ? value.replace(/^(\d{4}_\d{2}_\d{2})\..*$/, '$1') : value;
  return options.v ? `v${text}` : text;
}
