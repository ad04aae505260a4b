import type { VersionLiteral } from './version-literals.ts';

/** The addressing record's fields the scan looks for (src/engine/data/core/network.ts `rootlesskitAddressing`). */
export interface Addressing {
  child: string;
  prefixLength: number;
  gateway: string;
  dns: string;
}

/** The network an address belongs to, e.g. 10.0.2.100 with 24 → 10.0.2.0. */
function networkOf(address: string, prefixLength: number): string {
  const value = address.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
  const network = value - (value % 2 ** (32 - prefixLength));
  return [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256).join('.');
}

/** One address as a whole token: not part of a longer number or dotted quad (10.0.2.2 must not match 10.0.2.20 or 110.0.2.2). */
function token(address: string): string {
  return `(?<![\\d.])${address.replaceAll('.', '\\.')}(?!\\.?\\d)`;
}

/**
 * RootlessKit's addresses typed by hand: the child's address, the gateway, the DNS forwarder, the subnet (`10.0.2.0/24`) and
 * pasta's `--netmask=24`. Pages read them through facts (<V of="rlkChildAddress" />, {{rlkGateway}} in a CodeBlock).
 */
export function findAddressLiterals(text: string, addressing: Addressing): VersionLiteral[] {
  const { child, prefixLength, gateway, dns } = addressing;
  const patterns = [
    ...[child, gateway, dns].map((address) => new RegExp(token(address), 'g')),
    new RegExp(`${token(networkOf(child, prefixLength))}/${prefixLength}(?!\\d)`, 'g'),
    new RegExp(`--netmask=${prefixLength}(?!\\d)`, 'g'),
  ];
  const found: VersionLiteral[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const pattern of patterns) {
      for (const match of lineText.matchAll(pattern)) found.push({ text: match[0], line: index + 1 });
    }
  });
  return found;
}
