import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult, type IRegularForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

/*
 * What may import what in src/. dependency-cruiser reads every import, type-only ones included, resolving
 * the `.js` specifiers to the `.ts` files beside them.
 *
 * Cycles count type-only imports too. A type-only cycle does not fail at run time, but its files can still
 * only be understood, moved or split together, and it becomes a run-time cycle the day one side needs a
 * value. Whether a plain `import { X }` survives compilation depends on how X is used, so counting every
 * import is also the only rule that does not change when a name's use does.
 */

/** Forbids every import from a file whose path matches `from` to one matching `to`. */
function forbid(name: string, from: string, to: IRegularForbiddenRuleType['to']): IRegularForbiddenRuleType {
  return { name, severity: 'error', from: { path: from }, to };
}

const RULES: IRegularForbiddenRuleType[] = [
  forbid('no-cycle', '^src/', { circular: true }),
  // An import the check cannot follow would hide its edges.
  forbid('unresolved-import', '^src/', { couldNotResolve: true, path: '^[.]' }),
  forbid('sdk-outside-sdk', '^src/(client|widget)/', { path: '^src/', pathNot: '^src/(client|widget|proto)/' }),
  forbid('proto-outside-proto', '^src/proto/', { path: '^src/', pathNot: '^src/proto/' }),
  // The client SDK, the widget and the protocol they share run in browsers too.
  forbid('node-in-browser-code', '^src/(client|widget|proto)/', { dependencyTypes: ['core'] }),
  forbid('bench-imports-cli', '^src/bench/', { path: '^src/cli/' }),
  // Install planning serves the CLI, the bench and the tests; it depends on none of them.
  forbid('install-imports-front-end', '^src/install/', { path: '^src/(cli|bench|tui)/' }),
  forbid('server-imports-front-end', '^src/server/', { path: '^src/(cli|bench|tui|install)/' }),
  // The domain decides and does no I/O: nothing but itself and src/proto, no Node module, no package.
  forbid('io-in-domain', '^src/server/domain/', { pathNot: '^src/(server/domain|proto)/' }),
  // Routing decides from what it is given: the domain's rules, the protocol's errors, its config keys' type.
  forbid('io-in-routing', '^src/server/routing/', { pathNot: '^src/(server/(routing|domain)|proto)/|^src/server/config/routing-keys[.]ts$' }),
];

/** Every broken rule under `baseDir`/src, one line each, naming the files. */
async function layeringViolations(baseDir: string): Promise<string[]> {
  const { output } = await cruise(['src'], {
    baseDir,
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    validate: true,
    ruleSet: { forbidden: RULES },
  });
  const violations = (output as ICruiseResult).summary.violations.map((v) =>
    v.cycle ? `${v.rule.name}: ${[v.from, ...v.cycle.map((step) => step.name)].join(' -> ')}` : `${v.rule.name}: ${v.from} -> ${v.to}`,
  );
  return [...new Set(violations)].sort();
}

describe('layering', () => {
  it('src/ has no import cycle and no import across a layer', async () => {
    expect(await layeringViolations(repoRoot)).toEqual([]);
  });

  it('catches each kind of violation, naming the files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wukf-layering-'));
    const files: Record<string, string> = {
      'src/cli/main.ts': 'export const main = 1;',
      'src/client/client.ts': "import { main } from '../cli/main.js';\nimport { readFileSync } from 'node:fs';\nexport const c = [main, readFileSync];",
      'src/proto/index.ts': "import { c } from '../client/client.js';\nexport const p = c;",
      'src/bench/run.ts': "import { main } from '../cli/main.js';\nexport const b = main;",
      'src/bench/a.ts': "import type { B } from './b.js';\nexport type A = B[];",
      'src/bench/b.ts': "import type { A } from './a.js';\nexport type B = A | number;",
      'src/install/plan.ts': "import { b } from '../bench/run.js';\nexport const i = b;",
      'src/server/start.ts': "import { i } from '../install/plan.js';\nimport { gone } from './gone.js';\nexport const s = [i, gone];",
      'src/server/store/store.ts': "import { rule } from '../domain/rule.js';\nexport const store = rule;",
      'src/server/domain/rule.ts': "import { writeFileSync } from 'node:fs';\nimport type { WebSocket } from 'ws';\nimport { store } from '../store/store.js';\nexport const rule = (ws: WebSocket) => [writeFileSync, ws, store];",
    };
    try {
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
      }
      expect(await layeringViolations(root)).toEqual([
        'bench-imports-cli: src/bench/run.ts -> src/cli/main.ts',
        'install-imports-front-end: src/install/plan.ts -> src/bench/run.ts',
        'io-in-domain: src/server/domain/rule.ts -> fs',
        'io-in-domain: src/server/domain/rule.ts -> src/server/store/store.ts',
        'io-in-domain: src/server/domain/rule.ts -> ws',
        'no-cycle: src/bench/a.ts -> src/bench/b.ts -> src/bench/a.ts',
        'no-cycle: src/server/domain/rule.ts -> src/server/store/store.ts -> src/server/domain/rule.ts',
        'node-in-browser-code: src/client/client.ts -> fs',
        'proto-outside-proto: src/proto/index.ts -> src/client/client.ts',
        'sdk-outside-sdk: src/client/client.ts -> src/cli/main.ts',
        'server-imports-front-end: src/server/start.ts -> src/install/plan.ts',
        'unresolved-import: src/server/start.ts -> ./gone.js',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
