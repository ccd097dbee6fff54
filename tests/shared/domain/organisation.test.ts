import { organisationInputSchema } from '../../../shared/domain/organisation';
import { en } from '../../../shared/i18n/en';
import { es } from '../../../shared/i18n/es';
import { toFieldErrors } from '../../../shared/validation';

const ORGANISATION = {
  name: 'Riverside Community Centre',
  timeZone: 'Europe/London',
  defaultLanguage: 'en',
};

function regionErrorOf(dateRegion: unknown) {
  const result = organisationInputSchema.safeParse({ ...ORGANISATION, dateRegion });
  if (result.success) throw new Error(`expected ${String(dateRegion)} to be refused`);
  return toFieldErrors(result.error);
}

describe('the organisation’s region for dates and times', () => {
  it('accepts a region code, and empty (this computer’s region) by default', () => {
    for (const region of ['GB', 'US', 'ES', 'MX', 'FR', 'MA', 'EG', '']) {
      expect(
        organisationInputSchema.parse({ ...ORGANISATION, dateRegion: region }).dateRegion,
      ).toBe(region);
    }
    expect(organisationInputSchema.parse(ORGANISATION).dateRegion).toBe('');
  });

  it.each(['gb', 'GBR', 'G', 'ZZ', 'EU', 'XY', 'ZR', 'en-GB', ' GB'])(
    'refuses %j with a message the form can show',
    (region) => {
      expect(regionErrorOf(region)).toEqual([
        { path: 'dateRegion', messageKey: 'validation.region' },
      ]);
    },
  );

  it('says what to do in English and Spanish', () => {
    expect(en.validation.region).toBe('Choose a region from the list.');
    expect(es.validation.region).toBe('Elija una región de la lista.');
  });
});
