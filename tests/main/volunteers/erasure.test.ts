import type { RawDatabase } from '../../../main/store/database';
import { withRawVaultDatabase } from '../../support/raw-database';
import { fullVolunteer } from '../../support/sample-inputs';
import { findTextInFiles } from '../../support/scan-files';
import { ADMIN, createSetUpCore, sampleGroup } from '../../support/temp-core';

// Noon in London on 30 November 2026.
const NOW = Date.UTC(2026, 10, 30, 12);
const CREDENTIALS = { username: ADMIN.username, password: ADMIN.password };

// One marker per personal field, each found nowhere else in a fresh database.
const MARKED = fullVolunteer({
  firstName: 'Qzfirstmark',
  lastName: 'Qzlastmark',
  preferredName: 'Qzpreferredmark',
  pronouns: 'qz/qzpronounmark',
  phone: '+44 77 9135791357',
  email: 'qzmailmark@example.org',
  languages: ['qzx'],
  skills: ['Qzskillmark'],
  startDate: '2019-07-13',
  emergencyContactName: 'Qzcontactmark',
  emergencyContactPhone: '+44 77 9246802468',
  emergencyContactRelationship: 'Qzrelationmark',
  backgroundCheckDate: '2024-03-17',
  backgroundCheckExpiresOn: '2028-09-23',
  availability: [{ day: 6, from: '06:17', to: '07:43' }],
  notes: 'Qznotemark: asked to be forgotten.',
});
/** Text markers, which must also be absent from every file on disk. */
const TEXT_MARKERS = [
  'Qzfirstmark',
  'Qzlastmark',
  'Qzpreferredmark',
  'qzpronounmark',
  '9135791357',
  'qzmailmark',
  'Qzskillmark',
  'Qzcontactmark',
  '9246802468',
  'Qzrelationmark',
  'Qznotemark',
];
/** Values that are only telling inside a column: dates, a language code, a time slot. */
const VALUE_MARKERS = [
  ...TEXT_MARKERS,
  '2019-07-13',
  '2024-03-17',
  '2028-09-23',
  '"qzx"',
  '"06:17"',
];

interface Snapshot {
  counts: Record<string, number>;
  /** Every text value in every column of every table, as `table.column: value`. */
  texts: string[];
}

function snapshot(db: RawDatabase): Snapshot {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  const texts: string[] = [];
  for (const table of tables) {
    counts[table] = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
    const columns = db.pragma(`table_info("${table}")`) as { name: string }[];
    for (const { name } of columns) {
      const values = db.prepare(`SELECT CAST("${name}" AS TEXT) FROM "${table}"`).pluck().all();
      for (const value of values)
        if (value !== null) texts.push(`${table}.${name}: ${String(value)}`);
    }
  }
  return { counts, texts };
}

const containing = (texts: string[], marker: string) =>
  texts.filter((text) => text.toLowerCase().includes(marker.toLowerCase()));

describe('erasing a volunteer', () => {
  it('leaves no personal value anywhere in the database or its files, and keeps the history', async () => {
    const test = await createSetUpCore(() => NOW);
    try {
      const training = await test.call('createTraining', {
        name: 'Safeguarding',
        isRequiredForCo: true,
      });
      const group = await test.call('createGroup', sampleGroup());
      const marked = await test.call('createVolunteer', MARKED);
      const other = await test.call('createVolunteer', fullVolunteer());
      await test.call('recordTrainingCompletion', {
        volunteerId: marked.id,
        trainingId: training.id,
        completedOn: '2026-02-01',
      });
      await test.call('updateVolunteer', { id: marked.id, ...MARKED, notes: 'Qznotemark again' });
      await test.call('assignFacilitator', {
        groupId: group.id,
        volunteerId: marked.id,
        role: 'co',
      });
      await test.call('lock', {});
      const before = await withRawVaultDatabase(test.dataDir, ADMIN, snapshot);
      // The markers are really there before, so their absence after means something.
      for (const marker of VALUE_MARKERS) expect(containing(before.texts, marker)).not.toEqual([]);

      await test.call('logIn', CREDENTIALS);
      await test.call('eraseVolunteer', {
        id: marked.id,
        confirmName: 'Qzpreferredmark Qzlastmark',
      });
      await test.call('lock', {});
      const after = await withRawVaultDatabase(test.dataDir, ADMIN, snapshot);

      for (const marker of VALUE_MARKERS) expect(containing(after.texts, marker)).toEqual([]);
      for (const marker of TEXT_MARKERS) expect(findTextInFiles(test.dataDir, marker)).toEqual([]);
      // History stays: every row is still there (one audit entry more: the erase itself), but
      // the current assignment ends: an erased person cannot go on leading a group.
      expect(after.counts).toEqual({
        ...before.counts,
        audit_log: before.counts.audit_log! + 1,
        group_facilitator: before.counts.group_facilitator! - 1,
      });
      const erasure = after.texts.filter((t) => t.startsWith('audit_log.action: erase'));
      expect(erasure).toHaveLength(1);
      await test.call('logIn', CREDENTIALS);
      expect(await test.call('getVolunteer', { id: other.id })).toMatchObject({
        firstName: 'Amara',
      });
      expect(await test.call('getVolunteer', { id: marked.id })).toMatchObject({
        isErased: true,
        completions: [
          expect.objectContaining({ trainingId: training.id, completedOn: '2026-02-01' }),
        ],
      });
    } finally {
      await test.cleanUp();
    }
  });
});
