import {
  parseVolunteerListSearch,
  toListVolunteersInput,
  listStateOf,
} from '../../../renderer/volunteers/volunteer-list-search';

describe('the volunteer list address', () => {
  it('keeps only what differs from the plain list', () => {
    expect(
      parseVolunteerListSearch({ sort: 'name', direction: 'asc', page: 1, status: '' }),
    ).toEqual({});
  });

  it('falls back to the defaults for hand-edited nonsense', () => {
    expect(
      parseVolunteerListSearch({
        status: 'retired',
        readiness: 'maybe',
        backgroundCheck: 'expired',
        sort: 'age',
        page: -3,
      }),
    ).toEqual({ backgroundCheck: 'expired' });
    expect(parseVolunteerListSearch({ page: 2.5 })).toEqual({});
  });

  it('turns page 3 into rows 101 to 150', () => {
    expect(toListVolunteersInput(listStateOf({ page: 3 }))).toMatchObject({
      offset: 100,
      limit: 50,
    });
  });
});
