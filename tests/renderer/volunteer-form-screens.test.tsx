import { screen } from '@testing-library/react';
import { EditVolunteerScreen } from '../../renderer/volunteers/VolunteerFormScreens';
import { fakeCore, ok, renderInRouter } from './support/render';
import { storedVolunteer } from './support/volunteer';
import { PERSONAL_VOLUNTEER_FIELDS } from '../../shared/domain/volunteers';

const erased = storedVolunteer({
  ...Object.fromEntries(PERSONAL_VOLUNTEER_FIELDS.map((field) => [field, ''])),
  languages: [],
  skills: [],
  availability: [],
  startDate: null,
  backgroundCheckDate: null,
  backgroundCheckExpiresOn: null,
  displayName: '',
  isErased: true,
  erasedAt: '2026-11-01T10:00:00.000Z',
});

jest.setTimeout(30_000);

describe('editing a volunteer', () => {
  it('refuses an erased volunteer with the reason in words, and shows no form', async () => {
    fakeCore({ getVolunteer: () => ok(erased) });
    await renderInRouter(<EditVolunteerScreen />);
    expect(
      await screen.findByText(
        'This volunteer’s personal data has been erased; the record can no longer be changed.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save volunteer' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Back to the volunteer' })).toBeTruthy();
  });
});
