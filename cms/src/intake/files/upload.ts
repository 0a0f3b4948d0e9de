import path from 'node:path';
import type { Context } from 'koa';
import { attachmentError } from '../../shared/contracts/attachments';
import type { FieldError } from '../../shared/contracts/errors';
import { intakeConfig } from '../config';
import { inspect } from './inspect';
import { receiveMultipart, type Located } from './receive';
import { dirsOf, discard, type CheckedFile } from './store';

/**
 * A multipart post to the intake, read and checked: its fields for the contract, the files that passed (still in
 * incoming/), and a problem for each that did not, naming it. The caller keeps the files or discards them; if this
 * throws, nothing of the post is left on disk.
 */
export interface Upload {
  fields: Record<string, string>;
  files: CheckedFile[];
  problems: FieldError[];
}

export async function readUpload(ctx: Context): Promise<Upload> {
  const { files: limits, maxBodyBytes } = intakeConfig();
  const { incoming } = dirsOf();
  const received = await receiveMultipart(ctx.req, ctx.req.headers, { maxFiles: limits.maxFiles, maxBytes: limits.maxBytes, maxFieldBytes: maxBodyBytes }, incoming);
  const checked: CheckedFile[] = [];
  const problems: Located[] = [...received.problems];
  try {
    // One at a time: decoding images is the costly part, and two cores serve everything else too.
    for (const file of received.files) {
      const result = await inspect(file.path, path.join(incoming, `${path.basename(file.path)}.clean`), limits.maxPixels);
      if (result.ok) checked.push({ name: file.name, type: result.type, path: result.path, size: result.size });
      else {
        await discard([file.path]);
        problems.push({ at: file.at, error: attachmentError(result.problem, file.name) });
      }
    }
  } catch (error) {
    await discard([...received.files.map((file) => file.path), ...checked.map((file) => file.path)]);
    throw error;
  }
  return { fields: received.fields, files: checked, problems: problems.sort((a, b) => a.at - b.at).map((problem) => problem.error) };
}
