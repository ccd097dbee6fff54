import { changedFieldNames } from '../../../main/core/changed-fields';

describe('changedFieldNames', () => {
  it('names the fields whose values differ, sorted, and leaves out the bookkeeping stamps', () => {
    const before = { name: 'Grief circle', capacity: 12, languages: ['en'], updatedAt: 'a' };
    const after = { name: 'Grief circle', capacity: 14, languages: ['en', 'es'], updatedAt: 'b' };
    expect(changedFieldNames(before, after)).toEqual(['capacity', 'languages']);
  });

  it('names nothing when nothing changed', () => {
    const record = { name: 'Grief circle', endDate: null };
    expect(changedFieldNames(record, { ...record })).toEqual([]);
  });

  it('for a new record names only the fields given a value', () => {
    expect(
      changedFieldNames(null, { name: 'Grief circle', room: '', endDate: null, languages: [] }),
    ).toEqual(['name']);
  });
});
