import { describe, expect, it } from 'vitest';
import { blockReason, canonicalIp, checkAddress, isIpLiteral, parseAllowlist, parseCidr, parseIpv4, parseIpv6 } from './address-policy';

describe('IPv4 literals in every WHATWG numeric form', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['2130706433', '127.0.0.1'], // one 32-bit decimal
    ['0177.0.0.1', '127.0.0.1'], // octal first part
    ['0x7f.0.0.1', '127.0.0.1'], // hex first part
    ['0x7f000001', '127.0.0.1'],
    ['017700000001', '127.0.0.1'], // one octal number
    ['127.1', '127.0.0.1'], // two parts: a.b → a.0.0.b
    ['10.1.258', '10.1.1.2'], // three parts: the last takes 16 bits
    ['192.168.1.1.', '192.168.1.1'], // trailing dot
    ['0', '0.0.0.0'],
  ])('%s is %s', (input, expected) => {
    expect(canonicalIp(input)).toBe(expected);
  });

  it.each(['256.0.0.1', '1.2.3.4.5', '4294967296', '08.0.0.1', 'example.com', '1.2.3.x', ''])('%s is not an IPv4 address', (s) => {
    expect(parseIpv4(s)).toBeNull();
  });
});

describe('IPv6 literals', () => {
  it.each([
    ['::1', '::1'],
    ['[::1]', '::1'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['::ffff:127.0.0.1', '127.0.0.1'], // IPv4-mapped, dotted
    ['::ffff:7f00:1', '127.0.0.1'], // IPv4-mapped, hex
    ['[::FFFF:169.254.169.254]', '169.254.169.254'],
    ['2001:DB8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['fe80::1', 'fe80::1'],
  ])('%s canonicalises to %s', (input, expected) => {
    expect(canonicalIp(input)).toBe(expected);
  });

  it.each(['1::2::3', '12345::', 'fe80::1%eth0', '::ffff:1.2.3.256', '1:2:3:4:5:6:7:8:9', ':1:2', 'g::1'])('%s is refused', (s) => {
    expect(parseIpv6(s)).toBeNull();
  });
});

describe('blockReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['2130706433', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['100.64.0.1', 'shared-address-space'],
    ['100.127.255.255', 'shared-address-space'],
    ['169.254.0.1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['fe80::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['0.1.2.3', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'documentation'],
    ['2001:db8::1', 'documentation'],
    ['64:ff9b::a00:1', 'private'], // NAT64 of 10.0.0.1
    ['64:ff9b::7f00:1', 'loopback'], // NAT64 of 127.0.0.1
    ['2002:7f00:1::', 'loopback'], // 6to4 of 127.0.0.1
    ['2001:0:4136:e378::1', 'tunnel'], // Teredo
    ['::127.0.0.1', 'tunnel'], // deprecated IPv4-compatible
    ['fec0::1', 'site-local'],
    ['not-an-ip', 'invalid'],
  ])('%s → %s', (address, reason) => {
    expect(blockReason(address)).toBe(reason);
  });

  it.each(['8.8.8.8', '1.1.1.1', '93.184.215.14', '172.32.0.1', '100.128.0.1', '169.255.0.1', '2606:4700:4700::1111', '2a00:1450:4001::200e', '::ffff:8.8.8.8', '64:ff9b::808:808'])(
    '%s is a public address',
    (address) => {
      expect(blockReason(address)).toBeNull();
    },
  );
});

describe('checkAddress with an allowlist', () => {
  const { allowlist, invalid } = parseAllowlist(['127.0.0.1/32', '10.20.0.0/16', 'fd12::/16', '::ffff:192.168.5.0/120', '169.254.0.0/16']);

  it('reads every entry', () => expect(invalid).toEqual([]));

  it('allows allowlisted ranges, in any spelling of the address', () => {
    expect(checkAddress('127.0.0.1', allowlist)).toEqual({ allowed: true, address: '127.0.0.1', family: 4, allowlisted: true });
    expect(checkAddress('::ffff:127.0.0.1', allowlist)).toMatchObject({ allowed: true, address: '127.0.0.1' });
    expect(checkAddress('10.20.3.4', allowlist)).toMatchObject({ allowed: true, allowlisted: true });
    expect(checkAddress('fd12::5', allowlist)).toMatchObject({ allowed: true, family: 6 });
    expect(checkAddress('192.168.5.9', allowlist)).toMatchObject({ allowed: true }); // mapped entry covers plain IPv4
  });

  it('keeps refusing what the allowlist does not cover', () => {
    expect(checkAddress('127.0.0.2', allowlist)).toEqual({ allowed: false, address: '127.0.0.2', reason: 'loopback' });
    expect(checkAddress('10.21.0.1', allowlist)).toMatchObject({ allowed: false, reason: 'private' });
    expect(checkAddress('::1', allowlist)).toMatchObject({ allowed: false, reason: 'loopback' });
  });

  it('does not open a metadata address through a broad range, only through an exact entry', () => {
    expect(checkAddress('169.254.1.1', allowlist)).toMatchObject({ allowed: true });
    expect(checkAddress('169.254.169.254', allowlist)).toMatchObject({ allowed: false, reason: 'metadata' });
    const exact = parseAllowlist(['169.254.169.254']).allowlist;
    expect(checkAddress('169.254.169.254', exact)).toMatchObject({ allowed: true, allowlisted: true });
  });

  it('public addresses are allowed and marked as not allowlisted', () => {
    expect(checkAddress('8.8.8.8')).toEqual({ allowed: true, address: '8.8.8.8', family: 4, allowlisted: false });
  });

  it('names the entries it cannot read, and accepts only plain dotted quads in config', () => {
    expect(parseAllowlist(['10.0.0.0/33', 'example.com', '0177.0.0.1', '1.2.3.4/8/9', '::1/129']).invalid).toHaveLength(5);
    expect(parseCidr('10.0.0.0/8')).toMatchObject({ family: 4, prefix: 8 });
  });
});

describe('isIpLiteral', () => {
  it('tells host names from address literals', () => {
    expect(isIpLiteral('example.com')).toBe(false);
    expect(isIpLiteral('localhost')).toBe(false);
    expect(isIpLiteral('2130706433')).toBe(true);
    expect(isIpLiteral('[::1]')).toBe(true);
  });
});
