import { CompiledQuery } from 'kysely';
import { withIndexChoice } from '../../../main/store/indexed-by';

describe('naming the index a hot query reads', () => {
  it('writes the choice after the one table read, keeping the parameters', () => {
    const compiled = CompiledQuery.raw('select "id" from "volunteer" where "status" = ?', [
      'active',
    ]);
    const chosen = withIndexChoice(compiled, 'from "volunteer"', 'indexed by volunteer_listed');
    expect(chosen.sql).toBe(
      'select "id" from "volunteer" indexed by volunteer_listed where "status" = ?',
    );
    expect(chosen.parameters).toEqual(['active']);
  });

  it('refuses a query that reads the table twice, or none, or writes', () => {
    const twice = CompiledQuery.raw('select 1 from "volunteer" union select 1 from "volunteer"');
    const none = CompiledQuery.raw('select 1 from "location"');
    const update = CompiledQuery.raw('update "volunteer" set "status" = ? from "volunteer"');
    for (const query of [twice, none, update]) {
      expect(() => withIndexChoice(query, 'from "volunteer"', 'not indexed')).toThrow(
        /not a query reading/,
      );
    }
  });
});
