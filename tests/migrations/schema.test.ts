import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';
import { schemaOf } from '../support/schema';

// A schema change must come with a migration and an updated snapshot, never by accident.
describe('the schema after every migration', () => {
  let db: TempDatabase;

  beforeEach(() => {
    db = openTempDatabase();
  });

  afterEach(() => db.cleanUp());

  it('matches the committed snapshot', async () => {
    await migrateToLatest(db.kysely);
    expect(schemaOf(db.raw)).toMatchSnapshot();
  });
});
