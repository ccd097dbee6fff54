// Preloaded with `node --import` into a product process when no small disk can be mounted:
// while the flag file named by CK_INJECT_DISK_FULL exists, every SQLite write and checkpoint
// fails with SQLITE_FULL, as it does when the disk is full. Never part of the product.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type SqliteModule from 'better-sqlite3-multiple-ciphers';

const flag = process.env.CK_INJECT_DISK_FULL;
const load = createRequire(import.meta.url);
const Sqlite = load('better-sqlite3-multiple-ciphers') as typeof SqliteModule;

const WRITES = /^\s*(insert|update|delete|replace)\b/i;
const isFull = () => flag !== undefined && existsSync(flag);
const diskFull = () => new Sqlite.SqliteError('database or disk is full', 'SQLITE_FULL');

const probe = new Sqlite(':memory:');
const statementPrototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as {
  run(this: SqliteModule.Statement, ...params: unknown[]): SqliteModule.RunResult;
};
probe.close();

const run = statementPrototype.run;
statementPrototype.run = function (...params) {
  if (isFull() && WRITES.test(this.source)) throw diskFull();
  return run.apply(this, params);
};

const pragma = Sqlite.prototype.pragma;
Sqlite.prototype.pragma = function (
  this: SqliteModule.Database,
  source: string,
  options?: SqliteModule.PragmaOptions,
) {
  if (isFull() && /wal_checkpoint/i.test(source)) throw diskFull();
  return pragma.call(this, source, options);
} as typeof pragma;
