/**
 * The notes database. Opened only in extension pages (background, popup, options), never in a content script:
 * the extension's origin is private to the reader, the visited page's origin is not.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { FactChunk } from '../posts/facts';
import type { PostRecord } from '../posts/types';
import { applySchema, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type { NoteRecord } from './types';

/** A collected post as stored: the record plus the facts chunk it is counted in (never leaves the repository). */
export type StoredPost = PostRecord & { chunk: number };

export const DB_NAME = 'diplolens';

export interface DbEvents {
  /** An older DiploLens page keeps the database open, so this (newer) one cannot upgrade it. */
  onBlocked?: () => void;
  /** A newer DiploLens page wants to upgrade: we have closed our connection; this page must be reloaded. */
  onVersionChange?: () => void;
}

export class DiploLensDB extends Dexie {
  notes!: EntityTable<NoteRecord, 'id'>;
  posts!: EntityTable<StoredPost, 'key'>;
  postFacts!: EntityTable<FactChunk, 'id'>;
  /** Set when a newer version took the database over: this connection stays closed until the page reloads. */
  closedForUpgrade = false;

  constructor(name: string = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS, events: DbEvents = {}) {
    super(name);
    applySchema(this, versions);
    this.on('blocked', () => {
      events.onBlocked?.();
    });
    this.on('versionchange', () => {
      // Close at once so the newer page's upgrade is never blocked by us; tell the reader to reload this page.
      this.closedForUpgrade = true;
      this.close();
      events.onVersionChange?.();
      return false;
    });
  }
}

export function openDb(name: string = DB_NAME, events: DbEvents = {}): DiploLensDB {
  return new DiploLensDB(name, SCHEMA_VERSIONS, events);
}
