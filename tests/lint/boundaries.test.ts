/**
 * The layer boundaries of docs/architecture.md are enforced by eslint.config.js: each case below lints a snippet as if
 * it were a file of that layer and expects the boundary rule to fire (or not). The files need not exist.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: `${ROOT}eslint.config.js` });

/** The rule ids of the errors ESLint reports for `code` placed at `filePath` (relative to the repo root). */
async function errorsOf(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('the lint boundaries', () => {
  describe('in firmware/', () => {
    it.each([
      ["import { Application } from 'pixi.js';", 'no-restricted-imports'],
      ["import { useState } from 'react';", 'no-restricted-imports'],
      ["import { createRoot } from 'react-dom/client';", 'no-restricted-imports'],
      ["import { useActor } from '@xstate/react';", 'no-restricted-imports'],
      ["import { openDB } from 'idb';", 'no-restricted-imports'],
      ["import { render } from '../osd';", 'no-restricted-imports'],
      ["import { App } from '../src/App';", 'no-restricted-imports'],
      ["import type { Hit } from '../../osd/hits/hitTest';", 'no-restricted-imports'],
      ['export const now = Date.now();', 'no-restricted-properties'],
      ['export const roll = Math.random();', 'no-restricted-properties'],
      ['export const width = window.innerWidth;', 'no-restricted-globals'],
      ['export const title = document.title;', 'no-restricted-globals'],
      ["export const saved = localStorage.getItem('x');", 'no-restricted-globals'],
      ["export const db = indexedDB.open('x');", 'no-restricted-globals'],
    ])('rejects %s', async (code, rule) => {
      expect(await errorsOf('firmware/machine/x.ts', code)).toContain(rule);
    });

    it('accepts xstate and its own modules', async () => {
      const code =
        "import { setup } from 'xstate';\nimport { PROFILES } from '../catalogue/profiles';\nexport const a = [setup, PROFILES];\n";
      expect(await errorsOf('firmware/machine/x.ts', code)).toEqual([]);
    });
  });

  describe('in firmware/, about the outside world', () => {
    it('rejects an import of outside/', async () => {
      const code = "import { createOutsideWorld } from '../../outside';\nexport const a = createOutsideWorld;\n";
      expect(await errorsOf('firmware/headless/x.ts', code)).toContain('no-restricted-imports');
    });
  });

  describe('in outside/', () => {
    it.each([
      ["import { useState } from 'react';", 'no-restricted-imports'],
      ["import { openDB } from 'idb';", 'no-restricted-imports'],
      ["import { App } from '../../src/App';", 'no-restricted-imports'],
      ["import { hashPassword } from '../../firmware/security/passwordHash';", 'no-restricted-imports'],
      ['export const now = Date.now();', 'no-restricted-properties'],
      ['export const roll = Math.random();', 'no-restricted-properties'],
      ['export const title = document.title;', 'no-restricted-globals'],
    ])('rejects %s', async (code, rule) => {
      expect(await errorsOf('outside/supportDesk/x.ts', code)).toContain(rule);
    });

    it('accepts the firmware through its entry point and its own modules', async () => {
      const code =
        "import { hashPassword } from '../../firmware';\nimport { TEXT_LIMITS } from '../outsideRules';\n" +
        'export const a = [hashPassword, TEXT_LIMITS];\n';
      expect(await errorsOf('outside/supportDesk/x.ts', code)).toEqual([]);
    });
  });

  describe('in osd/', () => {
    it('rejects a value import from the firmware', async () => {
      const code = "import { recorderMachine } from '../firmware';\nexport const m = recorderMachine;\n";
      expect(await errorsOf('osd/x.ts', code)).toContain('@typescript-eslint/no-restricted-imports');
    });

    it.each([
      "import { createActor } from 'xstate';",
      "import { useState } from 'react';",
      "import { openDB } from 'idb';",
      "import { App } from '../src/App';",
      "import { OUTSIDE_LIMITS } from '../outside';",
    ])('rejects %s', async (code) => {
      expect(await errorsOf('osd/x.ts', code)).toContain('@typescript-eslint/no-restricted-imports');
    });

    it('accepts type imports from the firmware and pixi.js', async () => {
      const code =
        "import type { OsdModel } from '../firmware';\nimport { Application } from 'pixi.js';\n" +
        'export const app = new Application();\nexport const draw = (model: OsdModel): void => app.render(model ? {} : {});\n';
      expect(await errorsOf('osd/x.ts', code)).toEqual([]);
    });

    it('wants type-only imports marked as such', async () => {
      const code = "import { Application } from 'pixi.js';\nexport type App = Application;\n";
      expect(await errorsOf('osd/x.ts', code)).toContain('@typescript-eslint/consistent-type-imports');
    });
  });

  describe('in src/', () => {
    it.each([
      "import { setup } from '../firmware/machine/setup';",
      "import { createHeadlessRecorder } from '../firmware/headless/headlessRecorder';",
      "import { drawButton } from '../osd/widgets/button';",
      "import { OutsideWorld } from '../outside/outsideWorld';",
    ])('rejects the deep import %s', async (code) => {
      expect(await errorsOf('src/x.ts', code)).toContain('no-restricted-imports');
    });

    it('rejects deep imports from nested folders too', async () => {
      const code = "import { drawFrame } from '../../osd/render/frame';\nexport const a = drawFrame;\n";
      expect(await errorsOf('src/bench/Monitor.tsx', code)).toContain('no-restricted-imports');
    });

    it("accepts src/'s own folders that share a layer's name (src/osd/)", async () => {
      const code = "import { useOsdModel } from '../osd/useOsd';\nexport const a = useOsdModel;\n";
      expect(await errorsOf('src/bench/Monitor.tsx', code)).toEqual([]);
    });

    it('accepts the entry points', async () => {
      const code =
        "import { recorderMachine } from '../../firmware';\nimport { render } from '../../osd/index';\n" +
        'export const a = [recorderMachine, render];\n';
      expect(await errorsOf('src/shell/x.ts', code)).toEqual([]);
    });

    it('applies the rules of hooks to components', async () => {
      const code =
        "import { useState } from 'react';\nexport function Tile({ on }: { on: boolean }) {\n" +
        '  if (on) useState(0);\n  return null;\n}\n';
      expect(await errorsOf('src/Tile.tsx', code)).toContain('react-hooks/rules-of-hooks');
    });
  });
});
