import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The README's example must run and print exactly the output the README shows.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] ?? '' }));
const dir = mkdtempSync(join(tmpdir(), 'kg-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README example', () => {
  it('prints the output shown in the README', async () => {
    const code = blocks.find((b) => b.lang === 'js')?.body ?? '';
    const shown = blocks.find((b, i) => b.lang === '' && blocks[i - 1]?.lang === 'js')?.body ?? '';
    expect(code).toContain('@policy-kg/ontology');
    expect(shown).toContain('620100 兰州市');
    const index = fileURLToPath(new URL('./index.ts', import.meta.url));
    const file = join(dir, 'example.ts');
    writeFileSync(file, code.replace("'@policy-kg/ontology'", JSON.stringify(index)));
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      // console.log breaks long objects over lines; the README shows them on one.
      lines.push(format(...args).replace(/\n\s*/g, ' '));
    });
    try {
      await import(file);
    } finally {
      spy.mockRestore();
    }
    expect(lines.join('\n')).toBe(shown.trim());
  });
});
