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

  it('refuse what would not be an origin or an address, rather than write it into the VCL', () => {
    expect(() => originsVcl([], 9001)).toThrow(/at least one origin/);
    expect(() => originsVcl(['https://example.test'], 9001)).toThrow(/plain http/);
    expect(() => originsVcl(['http://127.0.0.1:3000'], 9001, ['"; } sub vcl_recv { return (pass); } acl x { "'])).toThrow(/not an address/);
  });
});
