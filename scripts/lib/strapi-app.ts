/**
 * The slice of Strapi's in-process API the scripts use. Strapi's own types live in cms/node_modules, which the
 * root project deliberately does not share (see README, "Install layout"), so the scripts state what they rely on.
 */
export interface DocumentRecord {
  documentId: string;
  locale: string;
  publishedAt: string | null;
  updatedAt: string;
  [field: string]: unknown;
}

export interface DocumentService {
  findFirst(params: { locale?: string; status?: 'draft' | 'published'; filters?: object }): Promise<DocumentRecord | null>;
  findMany(params: { locale?: string; status?: 'draft' | 'published'; filters?: object; fields?: string[] }): Promise<DocumentRecord[]>;
  create(params: { locale: string; data: object; status?: 'published' }): Promise<DocumentRecord>;
  update(params: { documentId: string; locale: string; data: object }): Promise<DocumentRecord>;
  publish(params: { documentId: string; locale: string }): Promise<unknown>;
  unpublish(params: { documentId: string; locale: string }): Promise<unknown>;
  delete(params: { documentId: string; locale?: string }): Promise<unknown>;
}

export interface StrapiApp {
  documents(uid: string): DocumentService;
  store: {
    get(params: { type: string; name: string; key: string }): Promise<unknown>;
    set(params: { type: string; name: string; key: string; value: unknown }): Promise<unknown>;
  };
  db: { query(uid: string): { findOne(params: object): Promise<Record<string, unknown> | null> } };
  plugin(name: string): { service(name: string): Record<string, (...args: never[]) => Promise<unknown>> };
  log: { level: string };
  destroy(): Promise<void>;
}
