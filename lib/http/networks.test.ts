import { describe, expect, it } from 'vitest';
import { canonicalAddress, canonicalNetwork, networkMatcher } from './networks.mjs';

describe('addresses and networks', () => {
  it('write one address one way, so that the throttle counts it once', () => {
    expect(canonicalAddress('2001:DB8:0:0::1')).toBe('2001:db8::1');
    expect(canonicalAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(canonicalAddress('::ffff:cb00:7107')).toBe('203.0.113.7');
    expect(canonicalAddress(' 10.0.0.1 ')).toBe('10.0.0.1');
    for (const none of ['unknown', 'anews.az', '010.0.0.1', '1.2.3.4:80', 'fe80::1%eth0', '']) expect(canonicalAddress(none), none).toBeNull();
  });

  it('read networks in CIDR, a lone address as a network of one', () => {
    expect(canonicalNetwork('10.0.0.0/8')).toBe('10.0.0.0/8');
    expect(canonicalNetwork('127.0.0.1/32')).toBe('127.0.0.1');
    expect(canonicalNetwork('2001:DB8::/32')).toBe('2001:db8::/32');
    expect(canonicalNetwork('::ffff:10.0.0.0/104')).toBe('10.0.0.0/8');
    for (const none of ['10.0.0.0/33', '::/129', '10.0.0.0/8/8', '10.0.0.0/', 'localhost', '::ffff:10.0.0.0/64']) expect(canonicalNetwork(none), none).toBeNull();
  });

  it('match an address against the networks listed, IPv4 on a dual-stack socket included', () => {
    const trusted = networkMatcher(['10.0.0.0/8', '2001:db8::/32', '127.0.0.1']);
    expect(trusted('10.200.0.1')).toBe(true);
    expect(trusted('::ffff:10.200.0.1')).toBe(true);
    expect(trusted('2001:db8:1::5')).toBe(true);
    expect(trusted('127.0.0.2')).toBe(false);
    expect(trusted('11.0.0.1')).toBe(false);
    expect(trusted('garbage')).toBe(false);
    expect(networkMatcher([])('127.0.0.1')).toBe(false);
  });
});
