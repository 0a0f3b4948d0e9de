import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { nextIp } from './intake.ts';

/**
 * Documents for the intake's tests: real files of each accepted kind, and the hostile ones — built here, byte by
 * byte where a format's structure matters — and multipart bodies as a browser (or an attacker) sends them.
 */
export interface Part {
  name: string;
  data: Buffer;
  /** The type the client declares; never believed by the CMS. */
  type?: string;
  field?: string;
}

/**
 * A well-formed PDF: a page with a line of text, its cross-reference table at the offset `startxref` gives;
 * `padding` bytes of an unused stream make it as large as a test needs.
 */
export function tinyPdf(padding = 0): Buffer {
  const text = 'BT /F1 12 Tf 72 770 Td (Copy of a receipt) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    ...(padding > 0 ? [`<< /Length ${padding} >>\nstream\n${'A'.repeat(padding)}\nendstream`] : []),
  ];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PDF of about `bytes` (the size limit, the benchmarks). */
export const pdfOfSize = (bytes: number): Buffer => tinyPdf(Math.max(1, bytes - tinyPdf().length - 60));

/** A phone photo as it comes off a phone: EXIF with the camera, the author and the GPS position where it was taken. */
export async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'X1', Artist: 'Иванова М. П.' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 47/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '49/1 6/1 0/1' },
    })
    .toBuffer();
}

export const tinyPng = (): Promise<Buffer> =>
  sharp({ create: { width: 8, height: 8, channels: 4, background: '#1d70b8' } })
    .png()
    .toBuffer();

const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
};

/**
 * A decompression bomb: a PNG whose header says 30,000 × 30,000 pixels (900 million: 2.7 GB decoded) in a file of
 * a few hundred bytes — its rows all zeros, which deflate to almost nothing.
 */
export function pngBomb(side = 30_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const rows = deflateSync(Buffer.alloc(side * 3 + 1), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', rows), chunk('IEND', Buffer.alloc(0))]);
}

/** A Windows program ("MZ…") named and declared as a PDF. */
export const renamedExe = (): Buffer => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), randomBytes(4096)]);

/** A file that begins like a PDF and is not one (a download cut off after its header). */
export const corruptPdf = (): Buffer => Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog', 'latin1');

/** A multipart/form-data body: the fields, then the files, as a browser lays them out. */
export function multipart(fields: Record<string, string>, files: Part[], boundary = `----tes${randomBytes(8).toString('hex')}`): { body: Buffer; contentType: string } {
  const pieces: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    pieces.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    pieces.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'attachments'}"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(pieces), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** An appeal's or request's fields as its form posts them (a ticked checkbox is "on"). */
export const formFields = (values: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value === true ? 'on' : String(value)]));

export interface UploadOptions {
  /** `json`: as the island sends it (Accept: application/json); `html`: as a browser without JavaScript. */
  mode?: 'json' | 'html';
  contentType?: string;
  ip?: string;
}

/** Posts a multipart body to the intake and reads the answer in its mode. */
export async function upload(url: string, body: Buffer, contentType: string, { mode = 'json', ip = nextIp() }: UploadOptions = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, accept: mode === 'json' ? 'application/json' : 'text/html', 'x-forwarded-for': ip },
    body: new Uint8Array(body),
    redirect: 'manual',
  });
  const text = await response.text();
  let json: { data?: Record<string, unknown>; error?: { details?: { errors?: Array<{ field: string; key: string; values?: { name?: string } }> } } } | null = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* a page */
  }
  return { status: response.status, headers: response.headers, text, json, errors: json?.error?.details?.errors ?? [] };
}

/** The files in a folder of the private store (incoming/ or stored/). */
export const filesIn = (filesDir: string, folder: 'incoming' | 'stored'): string[] => {
  try {
    return readdirSync(path.join(filesDir, folder));
  } catch {
    return [];
  }
};

/** Every file under a folder: relative path → SHA-256 (two builds, or two stores, compared byte for byte). */
export function fileHashes(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) for (const [name, hash] of fileHashes(dir, relative)) files.set(name, hash);
    else
      files.set(
        relative,
        createHash('sha256')
          .update(readFileSync(path.join(dir, relative)))
          .digest('hex'),
      );
  }
  return files;
}
