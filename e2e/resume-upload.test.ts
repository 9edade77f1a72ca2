// Resume PDFs in Chromium: the file is read in the browser with PDF.js and only its text is stored. The resume is a
// real "Save as PDF" from Chromium (subset fonts, several families and weights, two columns, ligatures, accents);
// the protected fixtures were made from such a PDF with qpdf (see tests/fixtures/documents/README.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sql } from '../tests/helpers/stack.ts';
import { createUser, newPage, screenshot, signIn, useBrowserApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'documents');

const RESUME_HTML = `<!doctype html><html><head><style>
  body { font-family: Georgia, serif; font-size: 11pt; margin: 0; }
  h1 { font-family: Helvetica, Arial, sans-serif; font-size: 22pt; margin: 0; }
  h2 { font-family: Helvetica, Arial, sans-serif; font-size: 12pt; text-transform: uppercase; }
  .cols { display: flex; gap: 24px; } .main { flex: 2; } .side { flex: 1; }
  code { font-family: 'Courier New', monospace; }
</style></head><body>
  <h1>Zoë Martínez-Okafor</h1>
  <p><em>Senior Backend Engineer</em> · zoe@example.com</p>
  <div class="cols">
    <div class="main">
      <h2>Experience</h2>
      <p><strong>Staff Engineer, Northwind Payments</strong> (2021–2026)</p>
      <ul>
        <li>Designed an efficient ledger service in Go handling 4,000 transactions per second.</li>
        <li>Cut p99 latency by 38% by moving hot reads to Redis and adding PostgreSQL partial indexes.</li>
        <li>Mentored five engineers; introduced <code>pg_stat_statements</code> reviews.</li>
      </ul>
    </div>
    <div class="side">
      <h2>Skills</h2>
      <p>Go, PostgreSQL, Redis, Kafka, Kubernetes, gRPC</p>
    </div>
  </div>
</body></html>`;

/** A resume printed to PDF by Chromium itself, the way a person would "Save as PDF". */
async function printedPdf(browser: Browser, html: string): Promise<Buffer> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent(html);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await context.close();
  return pdf;
}

/** A "scanned" resume: the words are pixels on a canvas, so the PDF holds an image and no text. */
const SCANNED_HTML = `<!doctype html><html><body><canvas id="c" width="800" height="200"></canvas><script>
  const ctx = document.getElementById('c').getContext('2d');
  ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, 800, 200); ctx.fillStyle = '#000'; ctx.font = '32px serif';
  ctx.fillText('Scanned resume: Senior Engineer', 20, 100);
</script></body></html>`;

/**
 * A CJK resume as East Asian office suites write it: a Type0 font with one of Adobe's predefined CMaps
 * (UniGB-UCS2-H), the font not embedded and no ToUnicode map — the text can only be read with the CMap files.
 */
function cjkPdf(lines: string[]): Buffer {
  const ucs2 = (text: string) =>
    [...text]
      .map((ch) => ch.codePointAt(0)!.toString(16).padStart(4, '0'))
      .join('')
      .toUpperCase();
  const content = ['BT', '/F1 14 Tf', '16 TL', '40 760 Td', ...lines.map((line) => `<${ucs2(line)}> Tj T*`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const resumeInput = (page: Page) => page.getByLabel(/Choose resume file/);

async function upload(page: Page, name: string, buffer: Buffer) {
  await resumeInput(page).setInputFiles({ name, mimeType: 'application/pdf', buffer });
}

async function removeResume(page: Page) {
  await page.getByRole('button', { name: 'Remove resume' }).click();
  await resumeInput(page).waitFor({ state: 'attached' });
}

describe('browser: resume PDFs', () => {
  const { app, browser } = useBrowserApp();

  it('reads a printed multi-font PDF, a copy-protected one, refuses locked, scanned and broken ones clearly, and stores only the text', async () => {
    const user = await createUser('resume-pdf');
    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, '/app/interviews/new');
    await page.getByRole('heading', { level: 1, name: 'New interview' }).waitFor();

    // A password to open it: nothing is read, the message says what to do.
    await upload(page, 'locked.pdf', readFileSync(path.join(FIXTURES, 'resume-password.pdf')));
    await page.getByRole('alert').filter({ hasText: 'This PDF is password-protected' }).waitFor();

    // Only an image of text (a scan): no text to read.
    await upload(page, 'scan.pdf', await printedPdf(browser(), SCANNED_HTML));
    await page
      .getByRole('alert')
      .filter({ hasText: /couldn't find readable text in "scan.pdf" \(it may be a scanned image\)/ })
      .waitFor();

    // Not a PDF inside.
    await upload(page, 'broken.pdf', Buffer.from('%PDF-1.7\nthis is not really a PDF, just some words and no objects\n%%EOF\n'));
    await page
      .getByRole('alert')
      .filter({ hasText: /not a valid PDF|couldn't read "broken.pdf"/ })
      .waitFor();

    // Copy-protected (owner password only): opens without a password, like in any PDF viewer.
    await upload(page, 'katherine.pdf', readFileSync(path.join(FIXTURES, 'resume-copy-protected.pdf')));
    await page.getByText(/characters read/).waitFor();
    expect(await page.locator('.upload .field__error').count()).toBe(0);
    await page.getByRole('button', { name: 'Preview text' }).click();
    await expect.poll(() => page.locator('.upload__preview').innerText()).toContain('Katherine Johnson');
    await removeResume(page);

    // Chinese text behind a predefined CMap (no ToUnicode): read with PDF.js's CMap files.
    await upload(page, 'li-resume.pdf', cjkPdf(['李明 高级后端工程师', '负责支付系统的设计与开发', '技能：Go、PostgreSQL、Redis']));
    await page.getByText('li-resume.pdf').waitFor();
    await page.getByRole('button', { name: 'Preview text' }).click();
    const cjk = await page.locator('.upload__preview').innerText();
    expect(cjk).toContain('李明 高级后端工程师');
    expect(cjk).toContain('负责支付系统的设计与开发');
    expect(cjk).toContain('技能：Go、PostgreSQL、Redis');
    await removeResume(page);

    // The real thing: several fonts, bold/italic, two columns, a ligature ("efficient"), accents and a dash.
    await upload(page, 'zoe-resume.pdf', await printedPdf(browser(), RESUME_HTML));
    await page.getByText('zoe-resume.pdf').waitFor();
    await page.getByRole('button', { name: 'Preview text' }).click();
    const preview = await page.locator('.upload__preview').innerText();
    for (const phrase of [
      'Zoë Martínez-Okafor',
      'Senior Backend Engineer',
      'Staff Engineer, Northwind Payments',
      'Designed an efficient ledger service in Go handling 4,000 transactions per second.',
      'Cut p99 latency by 38%',
      'pg_stat_statements',
      'Go, PostgreSQL, Redis, Kafka, Kubernetes, gRPC',
    ]) {
      expect(preview.replace(/\s+/g, ' ')).toContain(phrase);
    }
    // Lines stay lines: the name is on its own line, before the experience.
    expect(preview.split('\n')[0]?.trim()).toBe('Zoë Martínez-Okafor');
    expect(preview.indexOf('EXPERIENCE')).toBeGreaterThan(preview.indexOf('Senior Backend Engineer')); // CSS upper-cases headings
    await assertNoSeriousA11yViolations(page, 'the new-interview page with a PDF resume');
    await screenshot(page, 'new-interview-pdf-resume');

    // Only the file name and the text reach the database.
    await page.getByRole('button', { name: 'Start interview' }).click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 30_000 }).toMatch(/^\/app\/interviews\/[0-9a-f-]{36}$/);
    const interviewId = new URL(page.url()).pathname.split('/')[3]!;
    const [stored] = await sql<{ resume_filename: string; resume_text: string }>(
      'select resume_filename, resume_text from public.interview_sessions where id = $1',
      [interviewId],
    );
    expect(stored?.resume_filename).toBe('zoe-resume.pdf');
    expect(stored?.resume_text.replace(/\s+/g, ' ')).toContain('Cut p99 latency by 38% by moving hot reads to Redis');
    expect(stored?.resume_text).not.toContain('%PDF');
  }, 180_000); // seven uploads, two of them PDFs printed by Chromium first: over a minute on a busy 2-core machine
});
