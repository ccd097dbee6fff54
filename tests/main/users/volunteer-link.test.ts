import { fullVolunteer, SAMPLE_PASSWORD } from '../../support/sample-inputs';
import { createSetUpCore } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

const FYNN = { username: 'fynn', displayName: 'Fynn', role: 'facilitator' as const };

describe('linking an account to a volunteer', () => {
  let test: SetUpCore;
  let fynnId: number;
  let maraId: number;

  beforeEach(async () => {
    test = await createSetUpCore();
    fynnId = (await test.call('createUser', { ...FYNN, password: SAMPLE_PASSWORD })).id;
    maraId = (await test.call('createVolunteer', fullVolunteer())).id;
  });

  afterEach(() => test.cleanUp());

  const link = (volunteerId: number | null, id = fynnId) =>
    test.core.call('updateUser', { id, displayName: 'Fynn', role: 'facilitator', volunteerId });

  const fynn = async () => (await test.call('listUsers', {})).find((u) => u.id === fynnId);

  it('lists the linked volunteer by name, and unlinks again', async () => {
    expect(await link(maraId)).toMatchObject({
      ok: true,
      value: { volunteerId: maraId, volunteerName: 'Mara Okafor' },
    });
    expect(await fynn()).toMatchObject({ volunteerId: maraId, volunteerName: 'Mara Okafor' });
    await link(null);
    expect(await fynn()).toMatchObject({ volunteerId: null, volunteerName: null });
  });

  it('refuses a volunteer that does not exist, naming the field', async () => {
    expect(await link(9999)).toEqual({
      ok: false,
      error: expect.objectContaining({
        fieldErrors: [{ path: 'volunteerId', messageKey: 'errors.volunteerNotLinkable' }],
      }),
    });
    expect(await fynn()).toMatchObject({ volunteerId: null });
  });

  it('refuses a volunteer whose personal data was erased, and shows no name for one already linked', async () => {
    const other = (await test.call('createVolunteer', fullVolunteer({ firstName: 'Bo' }))).id;
    await link(maraId);
    await test.call('eraseVolunteer', { id: maraId, confirmName: 'Mara Okafor' });
    await test.call('eraseVolunteer', { id: other, confirmName: 'Bo Okafor' });
    expect(await fynn()).toMatchObject({ volunteerId: maraId, volunteerName: null });
    expect(await link(other)).toMatchObject({
      ok: false,
      error: { fieldErrors: [{ path: 'volunteerId', messageKey: 'errors.volunteerNotLinkable' }] },
    });
  });

  it('refuses a volunteer already linked to another account', async () => {
    const cora = await test.call('createUser', {
      username: 'cora',
      displayName: 'Cora',
      role: 'coordinator',
      password: SAMPLE_PASSWORD,
    });
    await link(maraId);
    expect(await link(maraId, cora.id)).toMatchObject({
      ok: false,
      error: {
        fieldErrors: [{ path: 'volunteerId', messageKey: 'errors.volunteerAlreadyLinked' }],
      },
    });
  });
});
