/**
 * Which IP addresses the URL fetcher may connect to (SSRF defence). Pure: the fetcher resolves DNS itself,
 * asks this module about every resolved address, and connects only to an address this module allowed.
 *
 * Ranges: IANA IPv4/IPv6 Special-Purpose Address Registries
 * (https://www.iana.org/assignments/iana-ipv4-special-registry, .../iana-ipv6-special-registry),
 * RFC 1918 (private), RFC 6598 (CGNAT), RFC 3927 / RFC 4291 (link-local), RFC 4193 (ULA), RFC 6052 (NAT64),
 * RFC 3056 (6to4), RFC 4380 (Teredo). Numeric IPv4 forms follow the WHATWG URL host parser
 * (https://url.spec.whatwg.org/#concept-ipv4-parser): 2130706433, 0177.0.0.1, 0x7f.1 are all 127.0.0.1.
 */

export type BlockReason =
  | 'loopback'
  | 'private'
  | 'shared-address-space'
  | 'link-local'
  | 'metadata'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'reserved'
  | 'documentation'
  | 'unique-local'
  | 'site-local'
  | 'tunnel'
  | 'invalid';

export type AddressVerdict =
  | { allowed: true; address: string; family: 4 | 6; allowlisted: boolean }
  | { allowed: false; address: string; reason: BlockReason };

type Ip = { family: 4; bytes: Uint8Array } | { family: 6; bytes: Uint8Array };

const REASON_TEXT: Record<BlockReason, string> = {
  loopback: 'a loopback address',
  private: 'a private (RFC 1918) address',
  'shared-address-space': 'a carrier-grade NAT (RFC 6598) address',
  'link-local': 'a link-local address',
  metadata: 'a cloud metadata service address',
  multicast: 'a multicast address',
  unspecified: 'the unspecified address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
  documentation: 'a documentation-only address',
  'unique-local': 'a unique-local (RFC 4193) IPv6 address',
  'site-local': 'a deprecated site-local IPv6 address',
  tunnel: 'a tunnelling (Teredo/IPv4-compatible) IPv6 address',
  invalid: 'not a valid IP address',
};
export const describeBlockReason = (r: BlockReason): string => REASON_TEXT[r];

// ---------------------------------------------------------------------------------------------- parsing

/** WHATWG IPv4 parser: 1–4 dot-separated parts, each decimal, octal (leading 0) or hex (0x). null if not IPv4. */
export function parseIpv4(input: string): Uint8Array | null {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length === 0 || parts.length > 4) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]+$/.test(p)) n = parseInt(p.slice(1), 8);
    else if (/^(0|[1-9][0-9]*)$/.test(p)) n = Number(p);
    else return null;
    if (!Number.isSafeInteger(n)) return null;
    nums.push(n);
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255) || last >= 256 ** (4 - nums.length)) return null;
  let value = last;
  nums.forEach((n, i) => (value += n * 256 ** (3 - i)));
  return Uint8Array.of((value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255);
}

/** RFC 4291 §2.2 text forms, with an embedded dotted IPv4 tail. Brackets are accepted; zone ids are refused. */
export function parseIpv6(input: string): Uint8Array | null {
  let s = input.startsWith('[') && input.endsWith(']') ? input.slice(1, -1) : input;
  if (s.includes('%') || !s.includes(':')) return null;
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(last)) return null;
    const o = last.split('.').map(Number);
    if (o.some((n) => n > 255)) return null;
    tail = [(o[0]! << 8) | o[1]!, (o[2]! << 8) | o[3]!];
    s = s.slice(0, lastColon + 1);
    if (!s.endsWith('::')) s = s.slice(0, -1);
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  const fixed = head.length + rest.length + tail.length;
  if (halves.length === 1 ? fixed !== 8 : fixed > 7) return null;
  const words = [...head.map((g) => parseInt(g, 16)), ...Array<number>(8 - fixed).fill(0), ...rest.map((g) => parseInt(g, 16)), ...tail];
  const bytes = new Uint8Array(16);
  words.forEach((w, i) => ((bytes[2 * i] = w >> 8), (bytes[2 * i + 1] = w & 255)));
  return bytes;
}

function parseIp(input: string): Ip | null {
  const v6 = parseIpv6(input);
  if (v6) return { family: 6, bytes: v6 };
  const v4 = parseIpv4(input);
  return v4 ? { family: 4, bytes: v4 } : null;
}

/** True when a URL host needs no DNS lookup: it is an IPv4 (any WHATWG numeric form) or bracketed IPv6 literal. */
export const isIpLiteral = (host: string): boolean => parseIp(host) !== null;

export function formatIp(ip: Ip): string {
  if (ip.family === 4) return [...ip.bytes].join('.');
  const words = Array.from({ length: 8 }, (_, i) => (ip.bytes[2 * i]! << 8) | ip.bytes[2 * i + 1]!);
  // RFC 5952: compress the longest run (≥2) of zero groups.
  let best = { at: -1, len: 0 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > best.len && j - i >= 2) best = { at: i, len: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = words.map((w) => w.toString(16));
  if (best.at < 0) return hex.join(':');
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.len).join(':')}`;
}

/** Normal form of an address: IPv4-mapped IPv6 becomes its IPv4 address, so one policy covers both spellings. */
export function canonicalIp(input: string): string | null {
  const ip = parseIp(input);
  return ip ? formatIp(unmap(ip)) : null;
}

const unmap = (ip: Ip): Ip => (ip.family === 6 && isPrefix(ip.bytes, V4_MAPPED, 96) ? { family: 4, bytes: ip.bytes.slice(12) } : ip);

// ---------------------------------------------------------------------------------------------- ranges

interface Cidr {
  family: 4 | 6;
  bytes: Uint8Array;
  prefix: number;
}

function isPrefix(bytes: Uint8Array, net: Uint8Array, prefix: number): boolean {
  for (let bit = 0; bit < prefix; bit += 8) {
    const take = Math.min(8, prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((bytes[bit / 8]! & mask) !== (net[bit / 8]! & mask)) return false;
  }
  return true;
}

const cidr = (text: string): Cidr => {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`bad built-in range ${text}`);
  return parsed;
};

/** "10.0.0.0/8", "::1/128", or a bare address (a single-host range). null when malformed. */
export function parseCidr(text: string): Cidr | null {
  const [addr, len, extra] = text.trim().split('/');
  if (extra !== undefined || !addr) return null;
  const ip = parseIpv6(addr) ? { family: 6 as const, bytes: parseIpv6(addr)! } : /^[0-9.]+$/.test(addr) ? parseStrictIpv4(addr) : null;
  if (!ip) return null;
  const max = ip.family === 4 ? 32 : 128;
  const prefix = len === undefined ? max : /^\d{1,3}$/.test(len) ? Number(len) : NaN;
  if (!(prefix >= 0 && prefix <= max)) return null;
  return { family: ip.family, bytes: ip.bytes, prefix };
}

// Config ranges are written by operators: only dotted-quad decimal, no octal surprises.
const parseStrictIpv4 = (s: string): Ip | null => {
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(s)) return null;
  const o = s.split('.').map(Number);
  return o.some((n) => n > 255) ? null : { family: 4, bytes: Uint8Array.from(o) };
};

const V4_MAPPED = cidr('::ffff:0:0/96').bytes;
const METADATA = ['169.254.169.254', '169.254.170.2', '100.100.100.200', '192.0.0.192', 'fd00:ec2::254'].map(cidr);

const V4_RANGES: Array<[Cidr, BlockReason]> = (
  [
    ['0.0.0.0/32', 'unspecified'],
    ['0.0.0.0/8', 'reserved'],
    ['10.0.0.0/8', 'private'],
    ['100.64.0.0/10', 'shared-address-space'],
    ['127.0.0.0/8', 'loopback'],
    ['169.254.0.0/16', 'link-local'],
    ['172.16.0.0/12', 'private'],
    ['192.0.0.0/24', 'reserved'],
    ['192.0.2.0/24', 'documentation'],
    ['192.88.99.0/24', 'reserved'],
    ['192.168.0.0/16', 'private'],
    ['198.18.0.0/15', 'reserved'],
    ['198.51.100.0/24', 'documentation'],
    ['203.0.113.0/24', 'documentation'],
    ['224.0.0.0/4', 'multicast'],
    ['255.255.255.255/32', 'broadcast'],
    ['240.0.0.0/4', 'reserved'],
  ] as const
).map(([c, r]) => [cidr(c), r]);

const V6_RANGES: Array<[Cidr, BlockReason]> = (
  [
    ['::/128', 'unspecified'],
    ['::1/128', 'loopback'],
    ['::/96', 'tunnel'], // deprecated IPv4-compatible addresses
    ['64:ff9b:1::/48', 'reserved'],
    ['100::/64', 'reserved'],
    ['2001::/32', 'tunnel'], // Teredo: the server address is whatever the client encodes
    ['2001:db8::/32', 'documentation'],
    ['2001::/23', 'reserved'],
    ['fc00::/7', 'unique-local'],
    ['fe80::/10', 'link-local'],
    ['fec0::/10', 'site-local'],
    ['ff00::/8', 'multicast'],
  ] as const
).map(([c, r]) => [cidr(c), r]);

const GLOBAL_UNICAST_V6 = cidr('2000::/3');
const inRange = (ip: Ip, c: Cidr) => ip.family === c.family && isPrefix(ip.bytes, c.bytes, c.prefix);

/** Why an address may not be fetched, or null when it is a public unicast address. */
export function blockReason(address: string): BlockReason | null {
  const parsed = parseIp(address);
  if (!parsed) return 'invalid';
  const ip = unmap(parsed);
  if (METADATA.some((m) => inRange(ip, m))) return 'metadata';
  if (ip.family === 6) {
    // Addresses that embed an IPv4 address route to it: judge the embedded one (NAT64 RFC 6052, 6to4 RFC 3056).
    if (isPrefix(ip.bytes, cidr('64:ff9b::/96').bytes, 96)) return blockReason([...ip.bytes.slice(12)].join('.'));
    if (isPrefix(ip.bytes, cidr('2002::/16').bytes, 16)) return blockReason([...ip.bytes.slice(2, 6)].join('.'));
  }
  const table = ip.family === 4 ? V4_RANGES : V6_RANGES;
  for (const [range, reason] of table) if (inRange(ip, range)) return reason;
  // Only 2000::/3 is allocated as global unicast; anything else left over is unassigned.
  if (ip.family === 6 && !inRange(ip, GLOBAL_UNICAST_V6)) return 'reserved';
  return null;
}

export interface AddressAllowlist {
  readonly ranges: readonly Cidr[];
}

/** Parses URL_FETCH_ALLOWLIST entries; returns the entries it could not read so config can name them. */
export function parseAllowlist(entries: readonly string[]): { allowlist: AddressAllowlist; invalid: string[] } {
  const ranges: Cidr[] = [];
  const invalid: string[] = [];
  for (const e of entries) {
    const c = parseCidr(e);
    if (c) ranges.push(c.family === 6 && c.prefix >= 96 && isPrefix(c.bytes, V4_MAPPED, 96) ? { family: 4, bytes: c.bytes.slice(12), prefix: c.prefix - 96 } : c);
    else invalid.push(e);
  }
  return { allowlist: { ranges }, invalid };
}

export const emptyAllowlist: AddressAllowlist = { ranges: [] };

/**
 * The fetcher's single question: may it connect to this resolved address? An allowlisted range lifts the block,
 * except that a cloud metadata address needs an entry naming exactly that host (a broad "169.254.0.0/16" for some
 * on-prem link-local service must not silently expose instance credentials).
 */
export function checkAddress(address: string, allowlist: AddressAllowlist = emptyAllowlist): AddressVerdict {
  const parsed = parseIp(address);
  if (!parsed) return { allowed: false, address, reason: 'invalid' };
  const ip = unmap(parsed);
  const canonical = formatIp(ip);
  const reason = blockReason(canonical);
  const maxPrefix = ip.family === 4 ? 32 : 128;
  const listed = allowlist.ranges.some((r) => inRange(ip, r) && (reason !== 'metadata' || r.prefix === maxPrefix));
  if (reason === null || listed) return { allowed: true, address: canonical, family: ip.family, allowlisted: listed };
  return { allowed: false, address: canonical, reason };
}
