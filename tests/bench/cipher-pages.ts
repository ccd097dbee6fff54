// What one page costs to read with SQLite's cache empty (issue 13): the cold rows' ratios are
// the cipher's per-page work, and this splits it. The same rows are read from the OS cache by
// the same driver three ways: plain; AES-256-CBC alone (the SQLCipher 4 format with its HMAC
// turned off, which the app does not use); and the app's own connection (SQLCipher 4:
// AES-256-CBC then HMAC-SHA512 per 4 KiB page). Synthetic rows in a temp folder, removed after.
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import {
  configureConnection,
  isPlaintextDatabase,
  openEncryptedDatabase,
  type RawDatabase,
} from '../../main/store/database';
import { makeTempDir } from '../support/temp-core';
import { summarize, type Summary } from './stats';

const ROWS = 40_000;
const RUNS = 15;

interface Way {
  label: string;
  open: (file: string, key: Buffer) => RawDatabase;
  /** Whether the file it writes is encrypted: checked, so a lost setting cannot pass unseen. */
  isEncrypted: boolean;
}

const plain = (file: string) => {
  const db = new Sqlite(file);
  configureConnection(db);
  return db;
};

/** SQLCipher 4 without its HMAC: what AES alone costs. Never the app's format. */
const aesAlone = (file: string, key: Buffer) => {
  const db = new Sqlite(file);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma('hmac_use=0');
  db.key(Buffer.from(`x'${key.toString('hex')}'`));
  configureConnection(db);
  return db;
};

const WAYS: Way[] = [
  { label: 'plain', open: plain, isEncrypted: false },
  { label: 'AES-256-CBC alone (HMAC off; not the app)', open: aesAlone, isEncrypted: true },
  {
    label: 'SQLCipher 4, as the app (AES + HMAC-SHA512)',
    open: openEncryptedDatabase,
    isEncrypted: true,
  },
];

/** Reads every page of a table `RUNS` times, SQLite's cache emptied before each: µs per page. */
function perPage(way: Way, dir: string, key: Buffer): Summary {
  const file = path.join(dir, `${way.label.split(' ')[0]!}.db`);
  const filling = way.open(file, key);
  filling.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = filling.prepare('INSERT INTO t (body) VALUES (?)');
  // Text that does not compress, as the real rows are.
  filling.transaction(() => {
    for (let i = 0; i < ROWS; i += 1) insert.run(randomBytes(60).toString('base64'));
  })();
  filling.pragma('wal_checkpoint(TRUNCATE)');
  filling.close();
  if (isPlaintextDatabase(file) === way.isEncrypted)
    throw new Error(`cipher pages: ${way.label}: wrong file kind`);
  const db = way.open(file, key);
  try {
    const pages = db.pragma('page_count', { simple: true }) as number;
    const scan = db.prepare('SELECT count(body) FROM t');
    scan.get();
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      db.pragma('shrink_memory');
      const start = performance.now();
      scan.get();
      samples.push(((performance.now() - start) * 1000) / pages);
    }
    return summarize(samples);
  } finally {
    db.close();
  }
}

/** The notes for the report: µs per page each way, and each over plain, measured in this run. */
export function cipherPageCostNotes(): string[] {
  const dir = makeTempDir('ck-bench-pages-');
  const key = randomBytes(32);
  try {
    const measured = WAYS.map((way) => ({ way, summary: perPage(way, dir, key) }));
    const base = measured[0]!.summary.p50;
    return measured.map(
      ({ way, summary }) =>
        `cipher per page, SQLite's cache empty, OS cache warm: ${way.label}: ` +
        `${summary.p50.toFixed(2)} µs p50, ${summary.p95.toFixed(2)} µs p95 ` +
        `(${(summary.p50 / base).toFixed(2)}× plain, ${summary.runs} runs)`,
    );
  } finally {
    key.fill(0);
    rmSync(dir, { recursive: true, force: true });
  }
}
