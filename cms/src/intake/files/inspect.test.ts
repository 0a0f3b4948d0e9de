import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { corruptPdf, photoWithGps, pngBomb, renamedExe, tinyPdf, tinyPng } from '../../../../tests/helpers/files.ts';
import { inspect, isReadablePdf, sniff } from './inspect.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tes-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
const staged = (data: Buffer) => {
  const file = path.join(dir, `f${(counter += 1)}`);
  writeFileSync(file, data);
  return file;
};
const check = (data: Buffer) => {
  const file = staged(data);
  return inspect(file, `${file}.clean`, 50_000_000);
};

describe('a file’s type is its content', () => {
  it('knows PDF, JPEG and PNG by their first bytes, and nothing else', async () => {
    expect(sniff(tinyPdf())).toBe('pdf');
    expect(sniff(await photoWithGps())).toBe('jpeg');
    expect(sniff(await tinyPng())).toBe('png');
    expect(sniff(renamedExe())).toBeNull();
    expect(sniff(Buffer.from('GIF89a'))).toBeNull();
  });

  it('refuses a program named .pdf, an empty file, a PDF cut short', async () => {
    expect(await check(renamedExe())).toEqual({ ok: false, problem: 'type' });
    expect(await check(Buffer.alloc(0))).toEqual({ ok: false, problem: 'empty' });
    expect(await check(corruptPdf())).toEqual({ ok: false, problem: 'corrupt' });
    // A real PDF with its last bytes lost.
    const pdf = tinyPdf();
    expect(await isReadablePdf(staged(pdf.subarray(0, pdf.length - 20)), pdf.length - 20)).toBe(false);
  });

  it('keeps a PDF as it came', async () => {
    const result = await check(tinyPdf(1000));
    expect(result).toMatchObject({ ok: true, type: 'pdf', size: tinyPdf(1000).length });
  });

  it('refuses a decompression bomb from its header, before decoding a pixel', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(1000);
    expect(await check(bomb)).toEqual({ ok: false, problem: 'tooManyPixels' });
  });

  it('refuses an image that is not whole', async () => {
    const photo = await photoWithGps();
    expect(await check(photo.subarray(0, Math.floor(photo.length / 2)))).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('removes EXIF — the camera, the author, the GPS position — from a photo, and keeps the picture', async () => {
    const photo = await photoWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const result = await check(photo);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const clean = await sharp(result.path).metadata();
    expect(clean).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
    expect(clean.exif).toBeUndefined();
    expect(clean.xmp).toBeUndefined();
    // Only the clean copy is left.
    expect(readdirSync(dir).filter((name) => result.path.startsWith(path.join(dir, name.replace('.clean', ''))))).toEqual([path.basename(result.path)]);
  });
});
