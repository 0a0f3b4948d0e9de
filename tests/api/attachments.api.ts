import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { corruptPdf, filesIn, formFields, multipart, pdfOfSize, photoWithGps, pngBomb, renamedExe, tinyPdf, tinyPng, upload, type Part } from '../helpers/files.ts';
import { APPEAL, databases, nextIp, validAppeal, validMeterRequest, validRequests } from '../helpers/intake.ts';
import { StrapiAdmin } from '../helpers/strapi-admin.ts';
import { appealFields, hostileUploads } from './hostile.ts';

/**
 * Documents attached to appeals and typed requests, through the real intake on SQLite and PostgreSQL: the type
 * decided by content, the limits, the metadata stripped, nothing stored from a refused post, the private store
 * reachable only with an appeals officer's login.
 */
const FILE = 'api::appeal-file.appeal-file';
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

for (const name of ['SQLite', 'PostgreSQL'] as const) {
  test.describe(`${name}: attachments`, () => {
    const target = () => databases().find((db) => db.name === name)!;
    const appeals = () => `${target().cmsUrl}/api/intake/appeals`;
    let officer: StrapiAdmin;
    let editor: StrapiAdmin;

    test.beforeAll(async () => {
      const superAdmin = await StrapiAdmin.login(target());
      const stamp = `${name.toLowerCase()}-files-${Date.now()}`;
      officer = await superAdmin.createUser('tes-appeals-officer', `officer-${stamp}@example.test`);
      editor = await superAdmin.createUser('tes-content-editor', `editor-${stamp}@example.test`);
    });

    const post = (files: Part[], values: Record<string, unknown> = validAppeal(), url = appeals(), mode: 'json' | 'html' = 'json') => {
      const { body, contentType } = multipart(formFields(values), files);
      return upload(url, body, contentType, { mode });
    };
    /** What a refused post must leave: the store as it was, and no new appeal. */
    const unchanged = async (work: () => Promise<void>) => {
      const before = { stored: filesIn(target().filesDir, 'stored').length, appeals: await officer.count(APPEAL), files: await officer.count(FILE) };
      await work();
      expect(filesIn(target().filesDir, 'incoming')).toEqual([]);
      expect({ stored: filesIn(target().filesDir, 'stored').length, appeals: await officer.count(APPEAL), files: await officer.count(FILE) }).toEqual(before);
    };
    const filesOf = async (number: string) => {
      const { results } = await officer.request<{ results: Array<{ documentId: string }> }>('GET', `/content-manager/collection-types/${APPEAL}?filters[number][$eq]=${number}`);
      const { data } = await officer.request<{ data: Array<{ documentId: string; fileName: string; fileType: string; size: number; sha256: string }> }>(
        'GET',
        `/intake-files/appeals/${results[0]!.documentId}`,
      );
      return { appeal: results[0]!.documentId, files: data };
    };

    test('an appeal with a PDF and a phone photo: registered with both, the photo without its EXIF (GPS), the PDF as sent', async () => {
      const pdf = tinyPdf(2000);
      const photo = await photoWithGps();
      const response = await post([
        { name: 'Квитанция за октябрь.pdf', data: pdf, type: 'application/pdf' },
        { name: 'счётчик.jpg', data: photo, type: 'image/jpeg' },
      ]);
      expect(response.status, response.text).toBe(201);
      expect(response.json!.data).toMatchObject({ files: ['Квитанция за октябрь.pdf', 'счётчик.jpg'] });
      const { files } = await filesOf(String(response.json!.data!.number));
      expect(files.map((file) => [file.fileName, file.fileType])).toEqual([
        ['Квитанция за октябрь.pdf', 'pdf'],
        ['счётчик.jpg', 'jpeg'],
      ]);
      expect(filesIn(target().filesDir, 'incoming')).toEqual([]);

      const pdfDownload = await officer.raw('GET', `/intake-files/${files[0]!.documentId}`);
      expect(pdfDownload.status).toBe(200);
      expect(pdfDownload.headers.get('content-type')).toBe('application/pdf');
      expect(pdfDownload.headers.get('content-disposition')).toContain("filename*=UTF-8''%D0%9A%D0%B2%D0%B8%D1%82");
      expect(sha256(Buffer.from(await pdfDownload.arrayBuffer()))).toBe(sha256(pdf));

      const photoDownload = Buffer.from(await (await officer.raw('GET', `/intake-files/${files[1]!.documentId}`)).arrayBuffer());
      expect(sha256(photoDownload)).toBe(files[1]!.sha256);
      const metadata = await sharp(photoDownload).metadata();
      expect(metadata).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
      expect(metadata.exif).toBeUndefined();
      expect(photoDownload.includes(Buffer.from('TestPhone'))).toBe(false);
    });

    test('a typed request takes documents too', async () => {
      const response = await post([{ name: 'паспорт счётчика.png', data: await tinyPng() }], validMeterRequest(), `${target().cmsUrl}/api/intake/requests/meter-work`);
      expect(response.status, response.text).toBe(201);
      expect((await filesOf(String(response.json!.data!.number))).files.map((file) => file.fileType)).toEqual(['png']);
    });

    test('a benefit is asked with its documents: electric heating needs two, and one is refused with what is missing', async () => {
      const benefit = `${target().cmsUrl}/api/intake/requests/tariff-benefit`;
      const heating = { ...validRequests['tariff-benefit'], benefit: 'electric-heating' };
      await unchanged(async () => {
        const one = await post([{ name: 'выписка ЕГРН.pdf', data: tinyPdf() }], heating, benefit);
        expect([one.status, one.errors]).toEqual([422, [{ field: 'attachments', key: 'benefit.error.attachments.electric-heating' }]]);
        const none = await post([], { ...heating, benefit: 'large-family' }, benefit);
        expect([none.status, none.errors]).toEqual([422, [{ field: 'attachments', key: 'benefit.error.attachments.large-family' }]]);
      });
      const two = await post(
        [
          { name: 'выписка ЕГРН.pdf', data: tinyPdf() },
          { name: 'техпаспорт.jpg', data: await photoWithGps() },
        ],
        heating,
        benefit,
      );
      expect(two.status, two.text).toBe(201);
      expect((await filesOf(String(two.json!.data!.number))).files.map((file) => file.fileName)).toEqual(['выписка ЕГРН.pdf', 'техпаспорт.jpg']);
    });

    test('a contract is asked with its case’s documents: an organisation needs three, and its ИНН is kept; a new owner, two', async () => {
      const contract = `${target().cmsUrl}/api/intake/requests/contract`;
      const organisation = { ...validRequests.contract, contractAction: 'conclude', applicantType: 'legal-entity', name: 'ООО «Ромашка»', taxId: '7707083893' };
      const documents = ['приказ о назначении.pdf', 'договор аренды.pdf', 'акт о технологическом присоединении.pdf'].map((name) => ({ name, data: tinyPdf() }));
      await unchanged(async () => {
        const two = await post(documents.slice(0, 2), organisation, contract);
        expect([two.status, two.errors]).toEqual([422, [{ field: 'attachments', key: 'contract.error.attachments.legal-entity' }]]);
        const citizen = await post(documents.slice(0, 1), validRequests.contract, contract);
        expect([citizen.status, citizen.errors]).toEqual([422, [{ field: 'attachments', key: 'contract.error.attachments.individual' }]]);
      });
      const three = await post(documents, organisation, contract);
      expect(three.status, three.text).toBe(201);
      const number = String(three.json!.data!.number);
      expect((await filesOf(number)).files.map((file) => file.fileName)).toEqual(documents.map((document) => document.name));
      const { results } = await officer.request<{ results: Array<Record<string, unknown>> }>('GET', `/content-manager/collection-types/${APPEAL}?filters[number][$eq]=${number}`);
      // A conclusion keeps no new owner's date or readings, though the form sent them.
      expect(results[0]).toMatchObject({ requestType: 'contract', topic: 'contract', contractAction: 'conclude', applicantType: 'legal-entity', taxId: '7707083893' });
      expect(results[0]!.ownedSince ?? null).toBeNull();
      expect(results[0]!.transferReading ?? null).toBeNull();

      const newOwner = await post(documents.slice(0, 2), validRequests.contract, contract);
      expect(newOwner.status, newOwner.text).toBe(201);
      const { results: owner } = await officer.request<{ results: Array<Record<string, unknown>> }>(
        'GET',
        `/content-manager/collection-types/${APPEAL}?filters[number][$eq]=${String(newOwner.json!.data!.number)}`,
      );
      expect(owner[0]).toMatchObject({ contractAction: 're-register', ownedSince: '2026-10-01', transferReading: 'көндез 12345, төнлә 6789', language: 'tt' });
      expect(owner[0]!.taxId ?? null).toBeNull();
    });

    test('every refused file is named, whatever else is wrong, and nothing is stored', async () => {
      await unchanged(async () => {
        const response = await post(
          [
            { name: 'договор.pdf', data: renamedExe(), type: 'application/pdf' },
            { name: 'empty.pdf', data: Buffer.alloc(0) },
            { name: 'broken.pdf', data: corruptPdf() },
            { name: 'bomb.png', data: pngBomb(), type: 'image/png' },
            { name: 'fine.pdf', data: tinyPdf() },
            { name: 'sixth.pdf', data: tinyPdf() },
          ],
          validAppeal({ text: '' }),
        );
        expect(response.status).toBe(422);
        expect(response.errors.map((error) => [error.key, error.values?.name ?? error.field])).toEqual([
          ['appeal.error.text.required', 'text'],
          ['appeal.error.attachments.type', 'договор.pdf'],
          ['appeal.error.attachments.empty', 'empty.pdf'],
          ['appeal.error.attachments.corrupt', 'broken.pdf'],
          ['appeal.error.attachments.tooManyPixels', 'bomb.png'],
          ['appeal.error.attachments.tooMany', 'sixth.pdf'],
        ]);
      });
    });

    test('a file over 10 MB is refused by name; a body far over the limit, before it is read', async () => {
      await unchanged(async () => {
        const response = await post([{ name: 'скан.pdf', data: pdfOfSize(10 * 1024 * 1024 + 1) }]);
        expect(response.status).toBe(422);
        expect(response.errors).toEqual([{ field: 'attachments', key: 'appeal.error.attachments.tooLarge', values: { name: 'скан.pdf' } }]);
      });
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(appeals(), {
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(500 * 1024 * 1024), accept: 'application/json', 'x-forwarded-for': nextIp() },
        });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode!);
          req.destroy();
        });
        req.on('error', reject);
        req.write('--x\r\n');
      });
      expect(status).toBe(413);
    });

    test('a wrong boundary, or multipart where no documents are taken, is refused with a clear error', async () => {
      await unchanged(async () => {
        const { body } = multipart(formFields(validAppeal()), [{ name: 'a.pdf', data: tinyPdf() }]);
        const response = await upload(appeals(), body, 'multipart/form-data; boundary=not-the-one');
        expect(response.status).toBe(400);
        expect(response.errors).toEqual([{ field: '_form', key: 'form.error.format' }]);
        const noBoundary = await upload(appeals(), body, 'multipart/form-data');
        expect(noBoundary.status).toBe(400);
        const readings = await upload(`${target().cmsUrl}/api/intake/readings`, body, 'multipart/form-data; boundary=x');
        expect(readings.status).toBe(415);
      });
    });

    test('a client that goes away mid-upload leaves no file behind', async () => {
      await unchanged(async () => {
        const { body, contentType } = multipart(formFields(validAppeal()), [{ name: 'big.pdf', data: pdfOfSize(4 * 1024 * 1024) }]);
        await new Promise<void>((resolve) => {
          const req = request(appeals(), {
            method: 'POST',
            headers: { 'content-type': contentType, 'content-length': String(body.length), accept: 'application/json', 'x-forwarded-for': nextIp() },
          });
          req.on('error', () => resolve());
          req.on('close', () => resolve());
          req.write(body.subarray(0, 2 * 1024 * 1024));
          // Until the file has begun on disk, then the connection drops.
          const poll = setInterval(() => {
            if (filesIn(target().filesDir, 'incoming').length) {
              clearInterval(poll);
              req.destroy();
            }
          }, 20);
        });
        await expect.poll(() => filesIn(target().filesDir, 'incoming'), { timeout: 10_000 }).toEqual([]);
      });
    });

    test('officers see and download attachments; content editors, the public and the content API cannot', async () => {
      const response = await post([{ name: 'a.pdf', data: tinyPdf() }]);
      expect(response.status).toBe(201);
      const { appeal, files } = await filesOf(String(response.json!.data!.number));
      const [file] = files;
      expect((await officer.raw('GET', `/content-manager/collection-types/${FILE}?page=1&pageSize=1`)).status).toBe(200);

      for (const path of [`/intake-files/appeals/${appeal}`, `/intake-files/${file!.documentId}`, `/content-manager/collection-types/${FILE}?page=1&pageSize=1`]) {
        expect((await editor.raw('GET', path)).status, `editor ${path}`).toBe(403);
        expect((await fetch(`${target().cmsUrl}${path}`)).status, `public ${path}`).toBe(401);
      }
      for (const path of ['/api/appeal-files', `/api/appeal-files/${file!.documentId}`]) expect((await fetch(`${target().cmsUrl}${path}`)).status, path).toBe(404);
      // Nothing of the store is under the public folder, and the record never gives its storage key.
      const record = await officer.request<{ data: Record<string, unknown> }>('GET', `/content-manager/collection-types/${FILE}/${file!.documentId}`);
      expect(record.data).not.toHaveProperty('storageKey');
      // Officers read; nobody changes or deletes a file's record in the admin.
      expect((await officer.raw('PUT', `/content-manager/collection-types/${FILE}/${file!.documentId}`, { fileName: 'x.pdf' })).status).toBe(403);
      expect((await officer.raw('DELETE', `/content-manager/collection-types/${FILE}/${file!.documentId}`)).status).toBe(403);
    });

    test('hostile multipart posts: every generated field case with a document, and attacks on the body itself, refused naming the field; nothing stored', async () => {
      const cases = hostileUploads(validAppeal(), appealFields, tinyPdf());
      expect(cases.length).toBeGreaterThanOrEqual(150);
      const problems: string[] = [];
      await unchanged(async () => {
        for (let start = 0; start < cases.length; start += 10) {
          await Promise.all(
            cases.slice(start, start + 10).map(async (item) => {
              const response = await upload(appeals(), item.body, item.contentType);
              const label = `${item.name} → ${response.status}`;
              if (response.status < 400 || response.status >= 500) return void problems.push(`${label}: not a 4xx`);
              if (!response.errors.some((error) => error.field === item.field)) problems.push(`${label}: expected ${item.field}, got ${JSON.stringify(response.errors)}`);
            }),
          );
        }
      });
      expect(problems).toEqual([]);
    });

    test('without JavaScript: the form posts its documents and the receipt lists them; a refusal names the file and asks for the others again', async () => {
      const refused = await post(
        [
          { name: 'фото.png', data: await tinyPng() },
          { name: 'program.pdf', data: renamedExe() },
        ],
        validAppeal({ locale: 'tt' }),
        appeals(),
        'html',
      );
      expect(refused.status).toBe(422);
      expect(refused.headers.get('content-type')).toContain('text/html');
      expect(refused.text).toContain('«program.pdf» файлы PDF, JPEG яки PNG түгел');
      expect(refused.text).toContain('Файлларны тагын бер тапкыр сайлагыз (фото.png)');
      // HTML attribute names are case-free: React writes it encType.
      expect(refused.text.toLowerCase()).toContain('enctype="multipart/form-data"');
      expect(filesIn(target().filesDir, 'incoming')).toEqual([]);

      const accepted = await post([{ name: 'фото.png', data: await tinyPng() }], validAppeal(), appeals(), 'html');
      expect(accepted.status).toBe(303);
      const receipt = await fetch(new URL(accepted.headers.get('location')!, target().cmsUrl));
      const page = await receipt.text();
      expect(page).toContain('Приложенные файлы');
      expect(page).toContain('фото.png');
    });
  });
}
