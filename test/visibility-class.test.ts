import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CLASS_CLAIMS,
  classOf,
  visibilityOf,
} from '../gateway/src/class-cache/visibility-class.js';
import type { Caller, Role } from '../shared/auth.js';
import {
  canSee,
  isSignedIn,
  readsPersonalData,
  requireSignedIn,
  requireWriter,
} from '../subgraphs/registry/src/access.js';
import type { RegistryContext } from '../subgraphs/registry/src/context.js';
import { regions } from '../subgraphs/regions.js';

const subgraphsFolder = new URL('../subgraphs/', import.meta.url).pathname;

/**
 * Writes audit who wrote (the token's subject); a write is a mutation, and the gateway never caches
 * a mutation's answer, so the subject is the one claim a subgraph may read outside the class.
 */
const WRITES = /^registry\/src\/writes\//;

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '__generated__' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every Caller property a source file reads: `caller.x`, `caller?.x`, `{ x } = caller`, `caller: { x }`. */
function claimsRead(source: string): string[] {
  const claims = [...source.matchAll(/\bcaller\??\.(\w+)/g)].map((m) => m[1]!);
  for (const [, names] of source.matchAll(/\{([^{}]*)\}\s*(?::\s*\w+\s*)?=\s*[\w.]*\bcaller\b/g))
    claims.push(...names!.split(',').map((name) => name.split(':')[0]!.trim()));
  for (const [, names] of source.matchAll(/\bcaller\s*:\s*\{([^{}]*)\}/g))
    claims.push(...names!.split(',').map((name) => name.split(':')[0]!.trim()));
  return claims.filter(Boolean);
}

describe('the visibility class', () => {
  it('holds every claim the subgraphs read, except the subject that only writes audit', () => {
    const read = new Map<string, Set<string>>();
    for (const file of sources(subgraphsFolder)) {
      const where = relative(subgraphsFolder, file);
      for (const claim of claimsRead(readFileSync(file, 'utf8'))) {
        if (claim === 'subject' && WRITES.test(where)) continue;
        read.set(claim, (read.get(claim) ?? new Set()).add(where));
      }
    }
    // The scan finds the rules themselves: were it blind, the check below would pass on nothing.
    expect([...(read.get('role') ?? [])]).toContain('registry/src/access.ts');
    expect([...(read.get('region') ?? [])]).toContain('registry/src/access.ts');
    const outside = [...read].filter(
      ([claim]) => !(CLASS_CLAIMS as readonly string[]).includes(claim),
    );
    expect(Object.fromEntries(outside.map(([claim, files]) => [claim, [...files]]))).toEqual({});
  });

  it('finds claims however a rule reads them', () => {
    expect(claimsRead('if (context.caller.subject) {}')).toEqual(['subject']);
    expect(claimsRead('const { subject, role: r } = context.caller;')).toEqual(['subject', 'role']);
    expect(claimsRead('function f({ caller: { region } }: X) {}')).toEqual(['region']);
  });

  it('gives callers the access rules tell apart different classes, and only those', () => {
    const callers: Caller[] = [{ subject: 'anonymous', role: null, region: null }];
    const roles: Role[] = ['analyst', 'editor', 'admin'];
    for (const role of roles)
      for (const region of [null, ...regions.map((r) => r.code)])
        for (const subject of ['alice', 'bob'])
          if (role !== 'editor' || region) callers.push({ subject, role, region });
    const outcome = (caller: Caller) =>
      regions.map((region) => {
        const context = { caller, region } as RegistryContext;
        const allowed = (rule: () => void) => {
          try {
            rule();
            return true;
          } catch {
            return false;
          }
        };
        return [
          isSignedIn(context),
          canSee(context, { provenance: 'DEMO' }),
          readsPersonalData(context),
          allowed(() => requireSignedIn(context, { zh: '记录', en: 'Records' })),
          allowed(() => requireWriter(context)),
        ];
      });
    for (const a of callers)
      for (const b of callers) {
        const sameClass = classOf(a) === classOf(b);
        const sameOutcome = JSON.stringify(outcome(a)) === JSON.stringify(outcome(b));
        // One class may not hold callers the rules treat differently: one would see the other's data.
        if (sameClass) expect(sameOutcome, `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(true);
        // Nor split callers the rules treat alike: that would only waste the cache.
        else expect(sameOutcome, `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false);
      }
  });
});

describe('the class of a request', () => {
  const analyst: Caller = { subject: 'a', role: 'analyst', region: null };
  const anonymous: Caller = { subject: 'anonymous', role: null, region: null };

  it('is none for a token the gateway could not verify: nothing of it is cached', () => {
    expect(visibilityOf(undefined, true)).toBeNull();
  });

  it('is none for a signed-in caller with CLASS_CACHE=off, and anonymous still', () => {
    expect(visibilityOf(analyst, false)).toBeNull();
    expect(visibilityOf(anonymous, false)).toBe('anonymous');
    expect(visibilityOf(analyst, true)).toBe('analyst');
  });
});
