import { coverPeople } from '../../../main/session-cover/cover-people';
import { addReadyAndExpiredVolunteers, PEOPLE_NOW } from '../../support/people';
import { fullVolunteer } from '../../support/sample-inputs';
import { createSetUpCore } from '../../support/temp-core';

// Cover reads only the columns it needs and each training's latest completion: what it says of
// a person must stay what the volunteer's own page says, renewals and erasure included.

describe('the people of a cover window', () => {
  it('says what the volunteer page says: name, phone, availability and readiness', async () => {
    const test = await createSetUpCore(() => PEOPLE_NOW);
    try {
      const { ready, expired } = await addReadyAndExpiredVolunteers(test);
      const renewed = await test.call(
        'createVolunteer',
        fullVolunteer({ firstName: 'Ines', lastName: 'Duarte', preferredName: 'Nessa' }),
      );
      const { completions } = await test.call('getVolunteer', { id: ready.id });
      const trainingId = completions[0]!.trainingId;
      // A lapsed completion, then its renewal: only the latest counts.
      for (const completedOn of ['2024-02-01', '2026-05-01']) {
        await test.call('recordTrainingCompletion', {
          volunteerId: renewed.id,
          trainingId,
          completedOn,
        });
      }
      const erased = await test.call('createVolunteer', fullVolunteer({ firstName: 'Olu' }));
      await test.call('eraseVolunteer', { id: erased.id, confirmName: erased.displayName });

      const ids = [ready.id, expired.id, renewed.id, erased.id];
      const people = await coverPeople(test.core.vault.store, ids, PEOPLE_NOW);
      for (const id of ids) {
        const page = await test.call('getVolunteer', { id });
        expect(people.volunteer(id)).toMatchObject({
          displayName: page.displayName,
          phone: page.phone,
          availability: page.availability,
          isErased: page.isErased,
        });
        expect(people.readiness(id, 'lead', people.today)).toEqual(page.readiness.lead);
      }
      expect(ids.map((id) => people.isNotReady(id, 'co', people.today))).toEqual([
        false,
        true,
        false,
        true,
      ]);
    } finally {
      await test.cleanUp();
    }
  });
});
