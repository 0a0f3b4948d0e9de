import type { FieldError } from './errors';
import type { FieldSpec, FormSpec } from './form-spec';
import { fieldsOf } from './form-spec';
import { formatNumber } from '../format';

/**
 * Documents sent with an appeal or a typed request (issue 12; clause 70 з of the standard): what is accepted and
 * how much, defined once for the CMS that decides (cms/src/intake/files) and for the forms that say it before a
 * file is chosen. The CMS decides a file's type by its content, never by its name or the type the browser declares.
 */
export const ATTACHMENT_TYPES = ['pdf', 'jpeg', 'png'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** The file input's `accept`: a hint to the browser's file chooser, not a check. */
export const ATTACHMENT_ACCEPT = 'application/pdf,image/jpeg,image/png';

export const ATTACHMENT_MIME: Record<AttachmentType, string> = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' };

export interface AttachmentLimits {
  /** Files per submission. */
  maxFiles: number;
  /** Bytes per file. */
  maxBytes: number;
}

/**
 * The limits: INTAKE_MAX_FILES and INTAKE_MAX_FILE_BYTES, read by the CMS (which enforces them) and by the site's
 * build (which states them on the forms); both must see the same values (README, "Configuration").
 */
export function attachmentLimits(env: Record<string, string | undefined>): AttachmentLimits {
  const read = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive whole number (got "${value}")`);
    return number;
  };
  return { maxFiles: read('INTAKE_MAX_FILES', 5), maxBytes: read('INTAKE_MAX_FILE_BYTES', 10 * 1024 * 1024) };
}

/** A size as people read it: "10 МБ", "500 КБ" (the unit is the same word in Russian and Tatar). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} МБ`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} КБ`;
}

/** The placeholders the attachment strings use, for the forms' strings (forms/text.ts `formStrings`). */
export const attachmentFacts = (limits: AttachmentLimits): Record<string, string> => ({ maxFiles: String(limits.maxFiles), maxFileSize: formatSize(limits.maxBytes) });

/** Why one file is refused: each is reported against the file input, naming the file. */
export const ATTACHMENT_PROBLEMS = ['type', 'tooLarge', 'tooMany', 'empty', 'corrupt', 'tooManyPixels', 'again'] as const;
export type AttachmentProblem = (typeof ATTACHMENT_PROBLEMS)[number];

export const ATTACHMENTS = 'attachments';

export const attachmentError = (problem: AttachmentProblem, name: string): FieldError => ({ field: ATTACHMENTS, key: `appeal.error.attachments.${problem}`, values: { name } });

/** The file input of a form: optional, its limits in its hint, worded once (the appeal's strings). */
export const attachmentsField = {
  name: ATTACHMENTS,
  kind: 'files',
  optional: true,
  hint: true,
  from: 'appeal',
} as const satisfies FieldSpec;

export const takesFiles = (spec: FormSpec): boolean => fieldsOf(spec).some((field) => field.kind === 'files');

/**
 * What the browser can tell before uploading — the count and the size — so nobody waits for an upload that will be
 * refused. The CMS checks them again, and everything else (an empty file, the content).
 */
export const precheckFiles = (files: ReadonlyArray<{ name: string; size: number }>, limits: AttachmentLimits): FieldError[] =>
  files.flatMap((file, index) =>
    index >= limits.maxFiles ? [attachmentError('tooMany', file.name)] : file.size > limits.maxBytes ? [attachmentError('tooLarge', file.name)] : [],
  );
