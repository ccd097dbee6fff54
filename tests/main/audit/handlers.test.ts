import { withRawVaultDatabase } from '../../support/raw-database';
import { fullGroup, SAMPLE_PASSWORD } from '../../support/sample-inputs';
import { ADMIN, createSetUpCore, sampleGroup } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

describe('listAuditLog', () => {
  let test: SetUpCore;

  beforeEach(async () => {
    test = await createSetUpCore();
  });

  afterEach(() => test.cleanUp());

  it('lists entries newest first, with who made each and the fields a change touched', async () => {
    const location = await test.call('createLocation', { name: 'Main Hall' });
    await test.call('updateLocation', { id: location.id, name: 'Main Hall', capacity: 40 });

    const page = await test.call('listAuditLog', {});

    expect(page.total).toBe(3);
    expect(page.entries.map((e) => [e.id, e.action, e.entity, e.entityId, e.fields])).toEqual([
      [3, 'update', 'location', location.id, ['capacity']],
      [2, 'create', 'location', location.id, ['name']],
      [1, 'setUp', 'organisation', 1, []],
    ]);
    expect(page.entries.every((e) => e.userName === ADMIN.displayName)).toBe(true);
    expect(page.entities).toEqual(['location', 'organisation']);
    expect(page.actions).toEqual(['create', 'setUp', 'update']);
  });

  it('logs each reading of the log, naming the filters used but not their values', async () => {
    await test.call('listAuditLog', { entity: 'group', fromDate: '2026-01-01' });
    await test.call('verifyAuditLog', {});

    const [verified, read] = await test.core.vault.store.audit.latest(2);
    expect(read).toMatchObject({
      action: 'read',
      entity: 'audit_log',
      fields: ['entity', 'fromDate'],
    });
    expect(verified).toMatchObject({ action: 'verify', entity: 'audit_log', fields: [] });
    expect(read!.userId).toBe(verified!.userId);
  });

  it('filters by user, record type, action and time, and pages through the rest', async () => {
    await test.call('createUser', {
      username: 'cora',
      displayName: 'Cora',
      role: 'coordinator',
      password: SAMPLE_PASSWORD,
    });
    for (const name of ['One', 'Two', 'Three']) {
      await test.call('createLocation', { name });
    }
    await test.call('logIn', { username: 'cora', password: SAMPLE_PASSWORD });
    const group = await test.call('createGroup', sampleGroup());
    await test.call('archiveGroup', { id: group.id });
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
    const users = await test.call('listUsers', {});
    const cora = users.find((u) => u.username === 'cora')!;

    const byCora = await test.call('listAuditLog', { userId: cora.id });
    expect(byCora.entries.map((e) => [e.action, e.userName])).toEqual([
      ['archive', 'Cora'],
      ['create', 'Cora'],
    ]);
    const locations = await test.call('listAuditLog', { entity: 'location', action: 'create' });
    expect(locations.total).toBe(3);
    const secondPage = await test.call('listAuditLog', { entity: 'location', limit: 25, page: 2 });
    expect(secondPage).toMatchObject({ entries: [], total: 3, page: 2 });
  });

  it('filters by days in the centre’s time zone, both ends included', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
      new Date(),
    );
    const yesterday = new Date(Date.parse(today) - 86_400_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.parse(today) + 86_400_000).toISOString().slice(0, 10);

    const total = async (range: { fromDate?: string; toDate?: string }) =>
      (await test.call('listAuditLog', range)).total;

    expect(await total({ fromDate: today, toDate: today })).toBe(1);
    expect(await total({ fromDate: yesterday })).toBe(2);
    expect(await total({ toDate: yesterday })).toBe(0);
    expect(await total({ fromDate: tomorrow })).toBe(0);
  });

  it('is refused to coordinators and facilitators, for listing and for verifying', async () => {
    for (const role of ['coordinator', 'facilitator'] as const) {
      await test.call('createUser', {
        username: role,
        displayName: role,
        role,
        password: SAMPLE_PASSWORD,
      });
    }
    for (const role of ['coordinator', 'facilitator']) {
      await test.call('logIn', { username: role, password: SAMPLE_PASSWORD });
      expect((await test.refuse('listAuditLog', {})).code).toBe('FORBIDDEN');
      expect((await test.refuse('verifyAuditLog', {})).code).toBe('FORBIDDEN');
    }
  });

  it('never holds a value: markers in every field of a record appear nowhere in the log', async () => {
    const MARKER = 'zqxmarker';
    const location = await test.call('createLocation', {
      name: `Hall ${MARKER}1`,
      address: `${MARKER}2 Road`,
      room: `${MARKER}3`,
      accessibilityNotes: `${MARKER}4`,
      capacity: 40,
    });
    const markedGroup = fullGroup(location.id, {
      name: `Group ${MARKER}5`,
      publicDescription: `${MARKER}6`,
      audience: `${MARKER}7`,
      dialIn: `${MARKER}8`,
      accessibility: `${MARKER}9`,
      groundRules: `${MARKER}10`,
      publicContactName: `${MARKER}11`,
      publicContactEmail: `${MARKER}12@example.org`,
    });
    const group = await test.call('createGroup', markedGroup);
    await test.call('updateGroup', {
      ...markedGroup,
      id: group.id,
      name: `Group ${MARKER}13`,
      groundRules: `${MARKER}14`,
    });
    await test.call('updateOrganisation', {
      name: `Centre ${MARKER}15`,
      address: `${MARKER}16`,
      phone: '',
      email: '',
      timeZone: 'Europe/London',
      defaultLanguage: 'en',
      paperSize: 'A4',
      dateRegion: '',
    });

    const page = await test.call('listAuditLog', { limit: 100 });
    expect(page.entries.find((e) => e.action === 'update' && e.entity === 'group')?.fields).toEqual(
      ['groundRules', 'name'],
    );
    expect(JSON.stringify(page)).not.toContain(MARKER);
    await test.call('lock', {});
    const stored = await withRawVaultDatabase(test.dataDir, ADMIN, (db) =>
      JSON.stringify(db.prepare('SELECT * FROM audit_log').all()),
    );
    expect(stored).not.toContain(MARKER);
  });
});
