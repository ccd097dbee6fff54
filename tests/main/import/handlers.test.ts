import { fullVolunteer } from '../../support/sample-inputs';
import { createSetUpCore } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

const row = (rowNumber: number, fields: Record<string, string>) => ({ rowNumber, fields });

describe('importing volunteers from a CSV file', () => {
  let test: SetUpCore;

  beforeEach(async () => {
    test = await createSetUpCore();
  });

  afterEach(() => test.cleanUp());

  const names = async () =>
    (await test.call('listVolunteers', {})).rows.map((v) => v.displayName).sort();

  it('adds every row with its languages, skills and status read as words', async () => {
    const result = await test.call('importVolunteers', {
      rows: [
        row(2, { firstName: 'Ana', lastName: 'Ruiz', languages: 'es, English', status: 'Activo' }),
        row(3, { firstName: 'Bo', email: 'bo@example.org', skills: 'Cooking; Driving' }),
      ],
    });
    expect(result).toEqual({ imported: 2, duplicates: [], isDryRun: false });
    const { rows } = await test.call('listVolunteers', { sort: 'name' });
    expect(rows.map((v) => [v.displayName, v.languages, v.status]).sort()).toEqual([
      ['Ana Ruiz', ['es', 'en'], 'active'],
      ['Bo', [], 'applicant'],
    ]);
  });

  it('writes nothing when one row is bad, naming the row and the field', async () => {
    const error = await test.refuse('importVolunteers', {
      rows: [row(2, { firstName: 'Ana' }), row(12, { firstName: 'Cy', email: 'x@' })],
    });
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      messageKey: 'importCsv.rowsRefused',
      params: { count: 1 },
      fieldErrors: [{ path: 'rows.12.email', messageKey: 'validation.email' }],
    });
    expect(JSON.stringify(error)).not.toContain('x@');
    expect(await names()).toEqual([]);
  });

  it('skips a possible duplicate of a stored volunteer or of an earlier row unless confirmed', async () => {
    await test.call('createVolunteer', fullVolunteer());
    const existing = (await test.call('listVolunteers', {})).rows[0]!;
    const rows = [
      row(2, { firstName: existing.firstName, lastName: existing.lastName, phone: existing.phone }),
      row(3, { firstName: 'Di', email: 'di@example.org' }),
      row(4, { firstName: 'DI', email: 'Di@Example.org' }),
    ];
    const preview = await test.call('importVolunteers', { rows, dryRun: true });
    expect(preview).toEqual({
      imported: 1,
      duplicates: [
        {
          rowNumber: 2,
          displayName: `${existing.firstName} ${existing.lastName}`,
          sameAsRow: null,
        },
        { rowNumber: 4, displayName: 'DI', sameAsRow: 3 },
      ],
      isDryRun: true,
    });
    expect(await names()).toEqual([existing.displayName]);

    const done = await test.call('importVolunteers', { rows, confirmDuplicates: [4] });
    expect(done.imported).toBe(2);
    expect(await names()).toEqual(['DI', 'Di', existing.displayName].sort());
  });

  it('records one audit entry with the count and no names', async () => {
    await test.call('importVolunteers', {
      rows: [row(2, { firstName: 'Qzimportmark' }), row(3, { firstName: 'Eve' })],
    });
    const { entries } = await test.call('listAuditLog', {});
    const entry = entries.find((e) => e.entity === 'volunteer' && e.action === 'create')!;
    expect(entry.fields).toEqual(['imported:2']);
    expect(entry.entityId).toBeNull();
  });
});
