import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, tinyPdf } from '../../../../tests/helpers/files.ts';
import { receiveMultipart, type Received } from './receive.ts';

/** A real HTTP server whose every request is read by receiveMultipart into a fresh folder. */
let server: Server;
let url = '';
const dir = mkdtempSync(path.join(tmpdir(), 'tes-receive-'));
let last: Promise<Received | Error> = Promise.resolve(new Error('none yet'));
const limits = { maxFiles: 2, maxBytes: 1000, maxFieldBytes: 100 };

beforeAll(async () => {
  server = createServer((req, res) => {
    last = receiveMultipart(req, req.headers, limits, dir).catch((error: Error) => error);
    void last.then(() => res.end('done'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const send = async (body: Buffer, contentType: string) => {
  await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) });
  return last;
};

describe('reading a multipart post', () => {
  it('streams files to disk, names them as sent (UTF-8), and keeps the fields', async () => {
    const { body, contentType } = multipart({ locale: 'tt', text: 'Сәлам' }, [{ name: 'квитанция.pdf', data: tinyPdf() }]);
    const received = (await send(body, contentType)) as Received;
    expect(received.fields).toEqual({ locale: 'tt', text: 'Сәлам' });
    expect(received.files.map((file) => file.name)).toEqual(['квитанция.pdf']);
    expect(received.problems).toEqual([]);
    rmSync(received.files[0]!.path);
  });

  it('names the file over the size limit and each file over the count (every file chosen counts), and keeps none of them', async () => {
    const { body, contentType } = multipart({}, [
      { name: 'a.pdf', data: Buffer.alloc(10, 1) },
      { name: 'big.pdf', data: Buffer.alloc(1001, 1) },
      { name: 'b.pdf', data: Buffer.alloc(10, 1) },
      { name: 'c.pdf', data: Buffer.alloc(10, 1) },
    ]);
    const received = (await send(body, contentType)) as Received;
    expect(received.files.map((file) => file.name)).toEqual(['a.pdf']);
    expect(received.problems.map(({ error }) => [error.key, error.values?.name])).toEqual([
      ['appeal.error.attachments.tooLarge', 'big.pdf'],
      ['appeal.error.attachments.tooMany', 'b.pdf'],
      ['appeal.error.attachments.tooMany', 'c.pdf'],
    ]);
    expect(readdirSync(dir).length).toBe(1);
    for (const file of received.files) rmSync(file.path);
  });

  it('ignores an empty file input, and reports a file sent under another name', async () => {
    const { body, contentType } = multipart({}, [
      { name: '', data: Buffer.alloc(0) },
      { name: 'x.pdf', data: tinyPdf(), field: 'photo' },
    ]);
    const received = (await send(body, contentType)) as Received;
    expect(received.files).toEqual([]);
    expect(received.problems.map(({ error }) => error)).toEqual([{ field: '_form', key: 'form.error.unknownField' }]);
  });

  it('refuses a body whose boundary is not the declared one, and keeps nothing', async () => {
    const { body } = multipart({ a: '1' }, [{ name: 'a.pdf', data: tinyPdf() }]);
    const result = await send(body, 'multipart/form-data; boundary=something-else');
    expect(result).toBeInstanceOf(Error);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a body that ends inside a file (no closing boundary), keeps nothing, and goes on serving', async () => {
    const { body, contentType } = multipart({ a: '1' }, [{ name: 'a.pdf', data: Buffer.alloc(500, 1) }]);
    const result = await send(body.subarray(0, body.length - 200), contentType);
    expect(result).toBeInstanceOf(Error);
    expect(readdirSync(dir)).toEqual([]);
    // The same process reads the next post.
    const next = multipart({ a: '2' }, []);
    expect(((await send(next.body, next.contentType)) as Received).fields).toEqual({ a: '2' });
  });

  it('removes what it began when the client goes away mid-upload', async () => {
    const { body, contentType } = multipart({}, [{ name: 'a.pdf', data: Buffer.alloc(900, 1) }]);
    const half = body.subarray(0, body.length - 300);
    await new Promise<void>((resolve) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': contentType, 'content-length': body.length } });
      req.on('error', () => resolve());
      req.write(half, () => setTimeout(() => req.destroy(), 100));
      req.on('close', () => resolve());
    });
    const result = await last;
    expect(result).toBeInstanceOf(Error);
    expect(readdirSync(dir)).toEqual([]);
  });
});
