import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { ingestFile } from './index.js';

// The README's ingestion example must print exactly the output the README shows.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Ingestion'));
const blocks = [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] ?? '' }));

describe('README ingestion example', () => {
  it('prints the output shown in the README', async () => {
    const code = blocks.find((b) => b.lang === 'js')?.body ?? '';
    const shown = blocks.find((b, i) => b.lang === '' && blocks[i - 1]?.lang === 'js')?.body ?? '';
    expect(code).toContain("import { ingestFile } from '@policy-kg/core';");
    const corpus = fileURLToPath(new URL('../../../../examples/corpus/', import.meta.url));
    const body = code.replace(/^import .*\n/m, '').replace("'examples/corpus/", `'${corpus}`);
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(format(...args).replace(/\n\s*/g, ' '));
    });
    try {
      // The example is an ES module body with top-level await: run it as an async function.
      const run = new Function('ingestFile', `return (async () => {\n${body}\n})();`) as (
        f: typeof ingestFile,
      ) => Promise<void>;
      await run(ingestFile);
    } finally {
      spy.mockRestore();
    }
    expect(lines.join('\n')).toBe(shown.trim());
  });
});
