import { sql } from 'kysely';
import { migrations, type Migration } from '../../migrations';
import { AppError } from '../../main/app-error';
import {
  LATEST_SCHEMA_VERSION,
  migrateToLatest,
  readSchemaVersion,
} from '../../main/store/migrate';
import { openTempDatabase, withRawVaultDatabase, type TempDatabase } from '../support/raw-database';
import { columnsOf, schemaOf } from '../support/schema';
import { ADMIN, createSetUpCore, createTestCore } from '../support/temp-core';

const initial = migrations.find((m) => m.version === 1)!;

describe('migration 0001-initial', () => {
  let db: TempDatabase;

  beforeEach(() => {
    db = openTempDatabase();
  });

  afterEach(() => db.cleanUp());

  it('creates the foundation tables with their columns on an empty encrypted database', async () => {
    await migrateToLatest(db.kysely, [initial]);

    expect(
      schemaOf(db.raw)
        .filter((o) => o.type === 'table')
        .map((o) => o.name),
    ).toEqual(['app_user', 'audit_log', 'location', 'organisation', 'setting', 'support_group']);
    expect(columnsOf(db.raw, 'organisation')).toEqual([
      'id',
      'name',
      'address',
      'phone',
      'email',
      'time_zone',
      'default_language',
      'paper_size',
      'updated_at',
    ]);
    expect(columnsOf(db.raw, 'app_user')).toEqual([
      'id',
      'username',
      'display_name',
      'role',
      'volunteer_id',
      'is_disabled',
      'created_at',
      'updated_at',
    ]);
    expect(columnsOf(db.raw, 'location')).toEqual([
      'id',
      'name',
      'address',
      'room',
      'accessibility_notes',
      'capacity',
      'created_at',
      'updated_at',
    ]);
    expect(columnsOf(db.raw, 'support_group')).toEqual(
      expect.arrayContaining([
        'name',
        'focus',
        'format',
        'location_id',
        'online_link',
        'rrule',
        'start_time',
        'duration_minutes',
        'start_date',
        'end_date',
        'languages',
        'status',
        'is_listed_publicly',
        'roster_mode',
      ]),
    );
    expect(columnsOf(db.raw, 'audit_log')).toEqual([
      'id',
      'at',
      'user_id',
      'action',
      'entity',
      'entity_id',
    ]);
  });

  it('sets user_version to 1', async () => {
    expect(await readSchemaVersion(db.kysely)).toBe(0);
    expect(await migrateToLatest(db.kysely, [initial])).toEqual({ from: 0, to: 1 });
    expect(db.raw.pragma('user_version', { simple: true })).toBe(1);
  });

  it('is the latest migration the app knows, so a fresh database ends at that version', async () => {
    await migrateToLatest(db.kysely);
    expect(await readSchemaVersion(db.kysely)).toBe(LATEST_SCHEMA_VERSION);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('does nothing when run a second time', async () => {
    await migrateToLatest(db.kysely);
    const before = schemaOf(db.raw);
    expect(await migrateToLatest(db.kysely)).toEqual({
      from: LATEST_SCHEMA_VERSION,
      to: LATEST_SCHEMA_VERSION,
    });
    expect(schemaOf(db.raw)).toEqual(before);
  });

  it('refuses a database from the future with SCHEMA_TOO_NEW and leaves it alone', async () => {
    db.raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    const error = await migrateToLatest(db.kysely).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'SCHEMA_TOO_NEW', messageKey: 'errors.SCHEMA_TOO_NEW' });
    expect(schemaOf(db.raw)).toEqual([]);
    expect(db.raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
  });
});

describe('a migration that fails half-way', () => {
  let db: TempDatabase;

  beforeEach(() => {
    db = openTempDatabase();
  });

  afterEach(() => db.cleanUp());

  const failingSecond: Migration = {
    version: 2,
    name: 'fails-after-a-change',
    async up(trx) {
      await sql`CREATE TABLE half_done (id INTEGER PRIMARY KEY)`.execute(trx);
      await sql`ALTER TABLE location ADD COLUMN half_done TEXT`.execute(trx);
      throw new Error('migration 2 failed');
    },
  };

  it('leaves user_version and the schema unchanged when run together with the first', async () => {
    await expect(migrateToLatest(db.kysely, [initial, failingSecond])).rejects.toThrow(
      'migration 2 failed',
    );
    expect(db.raw.pragma('user_version', { simple: true })).toBe(0);
    expect(schemaOf(db.raw)).toEqual([]);
  });

  it('leaves a database at version 1 exactly as it was', async () => {
    await migrateToLatest(db.kysely, [initial]);
    const before = schemaOf(db.raw);
    await expect(migrateToLatest(db.kysely, [initial, failingSecond])).rejects.toThrow(
      'migration 2 failed',
    );
    expect(db.raw.pragma('user_version', { simple: true })).toBe(1);
    expect(schemaOf(db.raw)).toEqual(before);
    expect(columnsOf(db.raw, 'location')).not.toContain('half_done');
  });
});

describe('opening a database from a newer app through the core', () => {
  it('answers logIn with SCHEMA_TOO_NEW', async () => {
    const first = await createSetUpCore();
    await first.core.close();
    await withRawVaultDatabase(first.dataDir, ADMIN, (raw) =>
      raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`),
    );
    const second = createTestCore(first.dataDir);
    try {
      const error = await second.refuse('logIn', {
        username: ADMIN.username,
        password: ADMIN.password,
      });
      expect(error).toMatchObject({ code: 'SCHEMA_TOO_NEW', messageKey: 'errors.SCHEMA_TOO_NEW' });
      expect(await second.call('getVaultStatus', {})).toMatchObject({ isUnlocked: false });
    } finally {
      await second.cleanUp();
    }
  });
});
