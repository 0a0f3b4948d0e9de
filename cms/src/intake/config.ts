import path from 'node:path';
import { attachmentLimits, type AttachmentLimits } from '../shared/contracts/attachments';
import { siteUrlOf } from '../shared/site-url';
import { DEFAULT_INTAKE_FILES_DIR } from '../shared/storage-folders';

/**
 * The intake's settings, from the environment (README, "Configuration"). Read once, on first use.
 */
export interface RateLimit {
  max: number;
  windowSeconds: number;
}

export interface IntakeConfig {
  /** Keys the access-code hashes and seals the no-JavaScript receipts. Never stored in the database. */
  secret: string;
  /** The public site: links in e-mails and answer pages, and the only origin allowed to post to the intake. */
  siteUrl: string;
  siteOrigins: string[];
  /**
   * Where visitors' browsers reach /api/intake/ (INTAKE_PUBLIC_URL): the links the CMS puts in e-mails to its own
   * pages (the satisfaction form). By default the site's address — in production the proxy forwards /api/intake/.
   */
  publicUrl: string;
  maxBodyBytes: number;
  /** Documents attached to appeals and requests (./files): limits, where they are kept, for how long. */
  files: AttachmentLimits & {
    /** A private folder, outside the public media library (INTAKE_FILES_DIR); relative paths are from cms/. */
    dir: string;
    /** Days a file is kept after it was received (INTAKE_FILE_RETENTION_DAYS), then deleted with its record. */
    retentionDays: number;
    /** The largest image accepted, in pixels (INTAKE_MAX_IMAGE_PIXELS): refuses decompression bombs. */
    maxPixels: number;
    /**
     * This replica's name when several share the folder (INTAKE_REPLICA): its posts in flight go to incoming/<name>/,
     * which only it sweeps at start-up. Unset: one process, incoming/ itself.
     */
    replica: string | null;
  };
  limits: Record<'appeals' | 'readings' | 'lookups' | 'wrongCodes' | 'wrongCodesPerNumber' | 'feedback' | 'subscribe' | 'links', RateLimit>;
}

const DEFAULT_LIMITS = 'appeals=10/600,readings=30/600,lookups=60/600,wrongCodes=10/900,wrongCodesPerNumber=20/86400,feedback=20/600,subscribe=10/600,links=600/600';

function parseLimits(value: string): IntakeConfig['limits'] {
  const limits = Object.fromEntries(
    `${DEFAULT_LIMITS},${value}`
      .split(',')
      .filter(Boolean)
      .map((item) => {
        const match = /^\s*(\w+)\s*=\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(item);
        if (!match) throw new Error(`INTAKE_RATE_LIMITS: cannot read "${item}" (expected name=count/seconds)`);
        return [match[1]!, { max: Number(match[2]), windowSeconds: Number(match[3]) }];
      }),
  );
  return limits as IntakeConfig['limits'];
}

let cached: IntakeConfig | undefined;

export function intakeConfig(): IntakeConfig {
  if (cached) return cached;
  const secret = process.env.INTAKE_SECRET ?? '';
  if (secret.length < 16) throw new Error('INTAKE_SECRET must be set to a random string of at least 16 characters (see README, "Configuration").');
  const siteUrl = siteUrlOf();
  const extra = (process.env.INTAKE_EXTRA_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  cached = {
    secret,
    siteUrl,
    siteOrigins: [new URL(siteUrl).origin, ...extra],
    publicUrl: (process.env.INTAKE_PUBLIC_URL || siteUrl).replace(/\/+$/, ''),
    maxBodyBytes: Number(process.env.INTAKE_MAX_BODY_BYTES ?? 65_536),
    files: {
      ...attachmentLimits(process.env),
      dir: path.resolve(process.env.INTAKE_FILES_DIR || DEFAULT_INTAKE_FILES_DIR),
      // Three years: the general limitation period (Civil Code art. 196) in which a dispute over the answer can arise.
      retentionDays: Number(process.env.INTAKE_FILE_RETENTION_DAYS ?? 1095),
      // 50 megapixels: any phone camera's photo or a 600 dpi A4 scan passes; a bomb of 20,000 × 20,000 does not.
      maxPixels: Number(process.env.INTAKE_MAX_IMAGE_PIXELS ?? 50_000_000),
      replica: /^[a-z0-9-]{1,40}$/i.test(process.env.INTAKE_REPLICA ?? '') ? process.env.INTAKE_REPLICA! : null,
    },
    limits: parseLimits(process.env.INTAKE_RATE_LIMITS ?? ''),
  };
  return cached;
}
