import { describe, expect, it } from 'vitest';
import { originsVcl } from './edge-server';

describe('the generated origins of the edge', () => {
  it('probe every origin for readiness and balance them round-robin, beside the assembly socket', () => {
    const vcl = originsVcl(['http://127.0.0.1:3001', 'http://10.0.0.5:3000'], 9001, ['10.0.0.0/24']);
    expect(vcl).toContain('.url = "/api/ready";');
    expect(vcl).toMatch(/backend origin0 \{\s+\.host = "127\.0\.0\.1";\s+\.port = "3001";\s+\.probe = ready;/);
    expect(vcl).toMatch(/backend origin1 \{\s+\.host = "10\.0\.0\.5";\s+\.port = "3000";/);
    expect(vcl).toMatch(/backend assembler \{\s+\.host = "127\.0\.0\.1";\s+\.port = "9001";/);
    expect(vcl).toContain('origins.add_backend(origin0);');
    expect(vcl).toContain('origins.add_backend(origin1);');
    expect(vcl).toContain('"10.0.0.0"/24;');
  });

  it('send a failed fetch on to the next ready origin, the failed one last', () => {
    const vcl = originsVcl(['http://127.0.0.1:3001', 'http://127.0.0.1:3002', 'http://127.0.0.1:3003'], 9001);
    const fallback = (name: string) => [...vcl.matchAll(new RegExp(`after_${name}\\.add_backend\\((\\w+)\\);`, 'g'))].map((match) => match[1]);
    expect(vcl).toContain('new after_origin1 = directors.fallback();');
    expect(fallback('origin0')).toEqual(['origin1', 'origin2', 'origin0']);
    expect(fallback('origin1')).toEqual(['origin2', 'origin0', 'origin1']);
    expect(fallback('origin2')).toEqual(['origin0', 'origin1', 'origin2']);
    expect(vcl).toMatch(/\} elsif \(bereq\.http\.x-edge-failed == "origin2"\) \{\s+set bereq\.backend = after_origin2\.backend\(\);/);
  });

  it('hand on the X-Forwarded-For of the proxies in front of the edge only, none unless listed', () => {
    expect(originsVcl(['http://127.0.0.1:3001'], 9001)).toContain('acl trusted_proxies {\n}');
    expect(originsVcl(['http://127.0.0.1:3001'], 9001, [], ['198.51.100.0/24', '2001:db8::/32'])).toContain('acl trusted_proxies {\n    "198.51.100.0"/24;\n    "2001:db8::"/32;\n}');
  });

  it('refuse what would not be an origin or an address, rather than write it into the VCL', () => {
    expect(() => originsVcl([], 9001)).toThrow(/at least one origin/);
    expect(() => originsVcl(['https://example.test'], 9001)).toThrow(/plain http/);
    expect(() => originsVcl(['http://127.0.0.1:3000'], 9001, ['"; } sub vcl_recv { return (pass); } acl x { "'])).toThrow(/not an address/);
    expect(() => originsVcl(['http://127.0.0.1:3000'], 9001, [], ['any'])).toThrow(/not an address/);
  });
});
