import { open, rm, stat } from 'node:fs/promises';
import sharp from 'sharp';
import type { AttachmentProblem, AttachmentType } from '../../shared/contracts/attachments';

/**
 * What an uploaded file is, decided by its content: the first bytes name the format (the name and the type the
 * browser declared are never asked), then the whole file must read as that format. An image is decoded and encoded
 * again, which leaves its metadata behind (EXIF, with a phone photo's GPS position, is personal data; so are
 * XMP, IPTC and comments) — and turns the orientation EXIF gave into the pixels, so the photo still stands upright.
 */

/** The formats' signatures (ISO 32000 §7.5.2; JPEG SOI + a marker; PNG's eight bytes). */
export function sniff(head: Buffer): AttachmentType | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  return null;
}

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * A PDF that a reader can open: a version in its header, and at its end `startxref`, the offset of a
 * cross-reference table (`xref`) or stream (`N G obj`) that is inside the file, then `%%EOF` (ISO 32000 §7.5.5).
 * A truncated download or a file that only begins like a PDF fails here. Only the two ends are read, never the
 * whole file.
 */
export async function isReadablePdf(path: string, size: number): Promise<boolean> {
  const head = await readAt(path, 0, 16);
  if (!/^%PDF-[12]\.\d/.test(head.toString('latin1'))) return false;
  const tailLength = Math.min(size, 2048);
  const tail = (await readAt(path, size - tailLength, tailLength)).toString('latin1');
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) return false;
  const offset = Number(match[1]);
  if (!Number.isSafeInteger(offset) || offset <= 0 || offset >= size) return false;
  const target = (await readAt(path, offset, 64)).toString('latin1');
  return /^\s*(xref\b|\d+\s+\d+\s+obj\b)/.test(target);
}

export type Inspection = { ok: true; type: AttachmentType; path: string; size: number } | { ok: false; problem: AttachmentProblem };

/**
 * Decides one staged file: its type, and the file to keep — the PDF as it came, an image encoded again into
 * `cleanPath` (the original is removed). `maxPixels` refuses a decompression bomb before it is decoded: the
 * dimensions are read from the header.
 */
export async function inspect(path: string, cleanPath: string, maxPixels: number): Promise<Inspection> {
  const { size } = await stat(path);
  if (size === 0) return { ok: false, problem: 'empty' };
  const type = sniff(await readAt(path, 0, 8));
  if (!type) return { ok: false, problem: 'type' };
  if (type === 'pdf') return (await isReadablePdf(path, size)) ? { ok: true, type, path, size } : { ok: false, problem: 'corrupt' };

  try {
    // The header only (no pixel is decoded), read whatever its size, to refuse a bomb with its own message.
    const { width = 0, height = 0, format } = await sharp(path, { limitInputPixels: false }).metadata();
    if (format !== type || !width || !height) return { ok: false, problem: 'corrupt' };
    if (width * height > maxPixels) return { ok: false, problem: 'tooManyPixels' };
    // failOn 'error': a truncated or corrupt image is refused, not half-decoded; limitInputPixels guards again.
    const image = sharp(path, { failOn: 'error', limitInputPixels: maxPixels }).autoOrient();
    const encoded = type === 'jpeg' ? image.jpeg({ quality: 90 }) : image.png();
    const { size: cleanSize } = await encoded.toFile(cleanPath);
    await rm(path, { force: true });
    return { ok: true, type, path: cleanPath, size: cleanSize };
  } catch {
    await rm(cleanPath, { force: true });
    return { ok: false, problem: 'corrupt' };
  }
}
