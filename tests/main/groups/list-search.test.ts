import type { MethodInput } from '../../../shared/api/contract';
import { groupsCentre, type SetUpCore } from '../../support/groups-centre';
import { sampleGroup } from '../../support/temp-core';

let test: SetUpCore;
let hallId: number;

beforeEach(async () => {
  ({ test, hallId } = await groupsCentre());
});

afterEach(() => test.cleanUp());

describe('groups', () => {
  describe('listing and searching', () => {
    async function seed(): Promise<void> {
      const annex = await test.call('createLocation', { name: 'Riverside Annex' });
      await test.call('createGroup', sampleGroup({ name: 'Thursday Grief Circle' }));
      await test.call(
        'createGroup',
        sampleGroup({ name: 'Bereaved Parents', publicDescription: 'For parents after a LOSS' }),
      );
      await test.call(
        'createGroup',
        sampleGroup({
          name: 'Carers Café',
          focus: 'caregivers',
          format: 'hybrid',
          locationId: annex.id,
        }),
      );
      await test.call(
        'createGroup',
        sampleGroup({
          name: '100% Sober',
          focus: 'addiction_recovery',
          format: 'in_person',
          onlineLink: '',
          locationId: hallId,
        }),
      );
      await test.call(
        'createGroup',
        sampleGroup({ name: 'anxiety_support', focus: 'mental_health', status: 'paused' }),
      );
    }

    const names = async (input: MethodInput<'listGroups'> = {}) =>
      (await test.call('listGroups', input)).map((g) => g.name);
    /** For tests about which groups match, not their order. */
    const matching = async (input: MethodInput<'listGroups'>) => (await names(input)).sort();

    it('lists every group ordered by name, ignoring case', async () => {
      await seed();
      expect(await names()).toEqual([
        '100% Sober',
        'anxiety_support',
        'Bereaved Parents',
        'Carers Café',
        'Thursday Grief Circle',
      ]);
    });

    it('shows each group with its location name', async () => {
      await seed();
      const carers = (await test.call('listGroups', {})).find((g) => g.name === 'Carers Café');
      expect(carers).toMatchObject({
        locationName: 'Riverside Annex',
        format: 'hybrid',
        focus: 'caregivers',
      });
    });

    it('searches names, descriptions and location names, ignoring case', async () => {
      await seed();
      expect(await names({ search: 'GRIEF' })).toEqual(['Thursday Grief Circle']);
      expect(await names({ search: 'loss' })).toEqual(['Bereaved Parents']);
      expect(await names({ search: 'annex' })).toEqual(['Carers Café']);
      expect(await names({ search: 'main hall' })).toEqual(['100% Sober']);
      expect(await names({ search: '  grief  ' })).toEqual(['Thursday Grief Circle']);
      expect(await names({ search: 'nothing like this' })).toEqual([]);
    });

    it('searches ignoring accents and case, in names and location names', async () => {
      await seed();
      expect(await names({ search: 'cafe' })).toEqual(['Carers Café']);
      expect(await names({ search: 'CAFÉ' })).toEqual(['Carers Café']);
      await test.call('createLocation', { name: 'Salón Ñandú' });
      const salon = (await test.call('listLocations', {})).find((l) => l.name === 'Salón Ñandú')!;
      await test.call(
        'createGroup',
        sampleGroup({ name: 'Straße', format: 'hybrid', locationId: salon.id }),
      );
      expect(await names({ search: 'salon nandu' })).toEqual(['Straße']);
      expect(await names({ search: 'STRASSE' })).toEqual(['Straße']);
    });

    it('orders accented names with their unaccented letter', async () => {
      await seed();
      await test.call('createGroup', sampleGroup({ name: 'Éxito Diario' }));
      expect(await names()).toEqual([
        '100% Sober',
        'anxiety_support',
        'Bereaved Parents',
        'Carers Café',
        'Éxito Diario',
        'Thursday Grief Circle',
      ]);
    });

    it('takes % and _ in a search literally', async () => {
      await seed();
      expect(await names({ search: '%' })).toEqual(['100% Sober']);
      expect(await names({ search: '_' })).toEqual(['anxiety_support']);
      expect(await names({ search: 'anxiety_' })).toEqual(['anxiety_support']);
      expect(await names({ search: '\\' })).toEqual([]);
    });

    it('filters by status, focus and format, alone and combined with search', async () => {
      await seed();
      expect(await matching({ status: 'paused' })).toEqual(['anxiety_support']);
      expect(await matching({ focus: 'caregivers' })).toEqual(['Carers Café']);
      expect(await matching({ format: 'online' })).toEqual([
        'Bereaved Parents',
        'Thursday Grief Circle',
        'anxiety_support',
      ]);
      expect(await matching({ format: 'online', status: 'active' })).toEqual([
        'Bereaved Parents',
        'Thursday Grief Circle',
      ]);
      expect(
        await matching({ format: 'online', status: 'active', focus: 'grief', search: 'parents' }),
      ).toEqual(['Bereaved Parents']);
      expect(await matching({ format: 'in_person', focus: 'grief' })).toEqual([]);
    });

    it('refuses a search longer than 120 characters', async () => {
      expect(await test.refuse('listGroups', { search: 'a'.repeat(121) })).toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    });
  });
});
