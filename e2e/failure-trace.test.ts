// A browser test that fails leaves a Playwright trace and its pages' console under the trace folder, and says
// where; a passing one leaves nothing. The failing test runs in a vitest of its own, with its own trace folder.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../stack/config.ts';

const traceDir = mkdtempSync(path.join(tmpdir(), 'interviewai-traces-'));
afterAll(() => rmSync(traceDir, { recursive: true, force: true }));

/** The files in a zip archive (stored or deflated), by name. */
function zipEntries(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = new Map<string, Buffer>();
  for (let i = 0, at = zip.readUInt32LE(end + 16); i < zip.readUInt16LE(end + 10); i++) {
    const [method, size, nameLength] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28)];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** Runs the fixture's two browser tests (one fails) and answers the exit code and the output. */
async function runFixture(): Promise<{ code: number; output: string }> {
  const config = path.join(REPO_ROOT, 'e2e', 'fixtures', 'failing-browser-test', 'vitest.config.ts');
  try {
    const { stdout, stderr } = await promisify(execFile)(
      path.join(REPO_ROOT, 'node_modules', '.bin', 'vitest'),
      ['run', '--config', config],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, E2E_TRACE_DIR: traceDir, NO_COLOR: '1' },
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: stdout + stderr };
  }
}

describe('a failing browser test', () => {
  it('leaves a trace of its actions, its console log and the page as it failed, printing where; a passing test leaves nothing', async () => {
    const { code, output } = await runFixture();
    expect(code, output).toBe(1);
    expect(output).toMatch(/1 failed \| 1 passed/);

    const files = readdirSync(traceDir).sort();
    expect(files).toEqual([
      'failing--fails--1--page1.html',
      'failing--fails--1--page1.png',
      'failing--fails--1.console.log',
      'failing--fails--1.zip',
    ]);
    const zip = path.join(traceDir, 'failing--fails--1.zip');
    expect(output).toContain(`browser trace of the failed test: ${zip}`);

    const trace = zipEntries(readFileSync(zip)).get('trace.trace')!.toString('utf8');
    expect(trace).toContain('"type":"before"'); // the test's actions are in it
    const png = readFileSync(path.join(traceDir, 'failing--fails--1--page1.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const html = readFileSync(path.join(traceDir, 'failing--fails--1--page1.html'), 'utf8');
    expect(html).toContain('<h1>Broken</h1>'); // the page's DOM as it failed
    expect(output).toContain(`failing--fails--1--page1.png, ${path.join(traceDir, 'failing--fails--1--page1.html')}`);
    const consoleLog = readFileSync(path.join(traceDir, 'failing--fails--1.console.log'), 'utf8');
    expect(consoleLog).toContain('console.warning FAILING-PAGE-LOG');
    expect(consoleLog).not.toContain('PASSING-PAGE-LOG');
  });
});
