import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import path from 'node:path';
import busboy from 'busboy';
import { ATTACHMENTS, attachmentError } from '../../shared/contracts/attachments';
import { FORM_FIELD, type FieldError } from '../../shared/contracts/errors';

/**
 * Reads a multipart/form-data post as it streams in (busboy): its fields, and each file written straight to the
 * staging folder — never held in memory, whatever its size. Limits are kept while reading: a file past the size
 * limit stops being written, a file past the count is not written at all; each is reported by its name.
 *
 * Nothing survives a failure: if the post is malformed or the client goes away mid-upload, every file it began is
 * removed before the promise rejects. (A killed process cannot clean up: the CMS empties the staging folder when
 * it starts — ./store.ts.)
 */
export interface StagedFile {
  /** The name the visitor's computer gave it: shown back to them and to the officer, never used as a path. */
  name: string;
  path: string;
  /** Its place among the post's files, so every message about the files follows the order they were chosen in. */
  at: number;
}

/** A problem, at the place of the part it is about. */
export interface Located {
  at: number;
  error: FieldError;
}

export interface Received {
  fields: Record<string, string>;
  files: StagedFile[];
  problems: Located[];
}

export interface ReceiveLimits {
  maxFiles: number;
  maxBytes: number;
  /** The largest field (the appeal's text), as a form post's body. */
  maxFieldBytes: number;
}

/** The post could not be read as a form: malformed, cut off, or not multipart at all. */
export class UnreadableUpload extends Error {
  readonly status = 400;
}

/** A file name as shown: the last path segment (old browsers sent the whole path), no control characters, ≤ 200 characters. */
export const displayName = (raw: string): string =>
  (raw.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 200) || 'file';

export function receiveMultipart(req: IncomingMessage, headers: IncomingHttpHeaders, limits: ReceiveLimits, stagingDir: string): Promise<Received> {
  return new Promise((resolve, reject) => {
    // No prototype: a part named "__proto__" is a field like any other (and refused as unknown by the contract).
    const fields: Record<string, string> = Object.create(null) as Record<string, string>;
    const files: StagedFile[] = [];
    // Each problem with its part's place in the post: size problems are known only once a file is written.
    const problems: Located[] = [];
    let part = 0;
    const report = (error: FieldError, at = part) => problems.push({ at, error });
    const begun: string[] = [];
    const writes: Array<Promise<void>> = [];
    const streams: WriteStream[] = [];
    let count = 0;
    let settled = false;

    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      req.unpipe();
      for (const stream of streams) stream.destroy();
      void Promise.allSettled(begun.map((file) => rm(file, { force: true }))).then(() => reject(error));
    };

    let parser: busboy.Busboy;
    try {
      // Browsers send a file's name as raw UTF-8 in the part's header: read it so, or Cyrillic names are garbled.
      parser = busboy({
        headers,
        defParamCharset: 'utf8',
        limits: { fileSize: limits.maxBytes, files: limits.maxFiles + 20, fields: 100, fieldSize: limits.maxFieldBytes, parts: 150 },
      });
    } catch {
      reject(new UnreadableUpload('no multipart boundary'));
      return;
    }

    parser.on('file', (field, stream, info) => {
      part += 1;
      const at = part;
      // A body that ends inside a file errors this stream: an error without a listener would end the process.
      stream.on('error', (error: Error) => fail(new UnreadableUpload(error.message)));
      // A file input left empty still sends a part: no name, no bytes. It is not a file.
      if (field === ATTACHMENTS && !info.filename) {
        stream.resume();
        return;
      }
      const name = displayName(info.filename ?? '');
      if (field !== ATTACHMENTS) {
        stream.resume();
        report({ field: FORM_FIELD, key: 'form.error.unknownField' });
        return;
      }
      count += 1;
      if (count > limits.maxFiles) {
        stream.resume();
        report(attachmentError('tooMany', name));
        return;
      }
      const target = path.join(stagingDir, randomUUID());
      begun.push(target);
      const out = createWriteStream(target, { flags: 'wx', mode: 0o600 });
      streams.push(out);
      let truncated = false;
      stream.on('limit', () => {
        truncated = true;
      });
      const written = new Promise<void>((done, failed) => {
        out.on('error', failed);
        out.on('close', done);
        stream.on('error', () => out.destroy());
        stream.pipe(out);
      }).then(async () => {
        if (truncated) {
          await rm(target, { force: true });
          report(attachmentError('tooLarge', name), at);
        } else {
          files.push({ name, path: target, at });
        }
      });
      // Awaited once the form ends; after a failure nobody awaits it, and an unhandled rejection would end the process.
      written.catch(() => undefined);
      writes.push(written);
    });
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) report({ field: FORM_FIELD, key: 'form.error.tooLarge' });
      else fields[name] = value;
    });
    parser.on('filesLimit', () => report({ field: FORM_FIELD, key: 'form.error.tooLarge' }));
    parser.on('partsLimit', () => report({ field: FORM_FIELD, key: 'form.error.tooLarge' }));
    parser.on('error', (error: Error) => fail(new UnreadableUpload(error.message)));
    parser.on('close', () => {
      void Promise.all(writes).then(
        () => {
          if (settled) return;
          settled = true;
          // In the order they were sent, so the summary names them as the visitor chose them.
          resolve({ fields, files: files.sort((a, b) => a.at - b.at), problems: problems.sort((a, b) => a.at - b.at) });
        },
        (error: Error) => fail(error),
      );
    });
    // The client went away (or the connection broke) before the body ended.
    req.on('close', () => {
      if (!req.complete) fail(new UnreadableUpload('the client closed the connection'));
    });
    req.on('error', (error) => fail(new UnreadableUpload(error.message)));
    req.pipe(parser);
  });
}
