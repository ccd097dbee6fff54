import { fullVolunteer } from '../../support/sample-inputs';
import { createSetUpCore } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

// Noon in London on 30 November 2026: the organisation's today is 2026-11-30.
const NOW = Date.UTC(2026, 10, 30, 12);

describe('volunteers', () => {
  let test: SetUpCore;

  beforeEach(async () => {
    test = await createSetUpCore(() => NOW);
  });

  afterEach(() => test.cleanUp());

  it('round-trips every field, with the display name and readiness worked out', async () => {
    const input = fullVolunteer();
    const created = await test.call('createVolunteer', input);
    expect(created).toEqual({
      ...input,
      id: expect.any(Number),
      displayName: 'Mara Okafor',
      isErased: false,
      erasedAt: null,
      readiness: { state: 'ready', problems: [], lead: { state: 'ready', problems: [] } },
      completions: [],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await test.call('getVolunteer', { id: created.id })).toEqual(created);
  });

  it('names a missing required training and records its completion with a computed expiry', async () => {
    const volunteer = await test.call('createVolunteer', fullVolunteer());
    const training = await test.call('createTraining', {
      name: 'Safeguarding',
      validityMonths: 12,
      isRequiredForCo: true,
    });
    expect((await test.call('getVolunteer', { id: volunteer.id })).readiness).toMatchObject({
      state: 'not_ready',
      problems: [{ item: 'training', trainingId: training.id, reason: 'missing' }],
    });
    const trained = await test.call('recordTrainingCompletion', {
      volunteerId: volunteer.id,
      trainingId: training.id,
      completedOn: '2026-01-10',
    });
    expect(trained.completions).toEqual([
      expect.objectContaining({ trainingName: 'Safeguarding', expiresOn: '2027-01-10' }),
    ]);
    // 41 days left: past the 30-day warning.
    expect(trained.readiness.state).toBe('ready');
  });

  it('pages, searches folded text and filters by readiness', async () => {
    for (const name of ['Zoë', 'Ana', 'Bea', 'Cal']) {
      await test.call('createVolunteer', fullVolunteer({ firstName: name, preferredName: '' }));
    }
    await test.call(
      'createVolunteer',
      fullVolunteer({ firstName: 'Dee', preferredName: '', status: 'applicant' }),
    );
    const page = await test.call('listVolunteers', { limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect(page.rows.map((v) => v.firstName)).toEqual(['Bea', 'Cal']);
    expect(
      (await test.call('listVolunteers', { search: 'ZOE' })).rows.map((v) => v.firstName),
    ).toEqual(['Zoë']);
    const notReady = await test.call('listVolunteers', { readiness: 'not_ready' });
    expect(notReady.rows.map((v) => v.firstName)).toEqual(['Dee']);
  });

  it('deactivates and reactivates, naming only the status in the audit log', async () => {
    const volunteer = await test.call('createVolunteer', fullVolunteer());
    expect((await test.call('deactivateVolunteer', { id: volunteer.id })).status).toBe('inactive');
    const [entry] = await test.core.vault.store.audit.latest(1);
    expect(entry).toMatchObject({ action: 'deactivate', entity: 'volunteer', fields: ['status'] });
    expect((await test.call('reactivateVolunteer', { id: volunteer.id })).status).toBe('active');
  });

  it('erases personal data only when the admin types the name, and keeps the record', async () => {
    const volunteer = await test.call('createVolunteer', fullVolunteer());
    expect(
      await test.refuse('eraseVolunteer', { id: volunteer.id, confirmName: 'Amara' }),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const erased = await test.call('eraseVolunteer', {
      id: volunteer.id,
      confirmName: 'mara okafor',
    });
    expect(erased).toMatchObject({
      id: volunteer.id,
      isErased: true,
      firstName: '',
      phone: '',
      email: '',
      notes: '',
      emergencyContactName: '',
      availability: [],
    });
    expect(
      await test.refuse('updateVolunteer', { id: volunteer.id, ...fullVolunteer() }),
    ).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.volunteerErased',
    });
    expect((await test.call('listVolunteers', {})).total).toBe(0);
  });
});
