import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Session records, participants and attendance (issue 10 item 4). */
export class SessionRecordsRepository {
  constructor(protected readonly db: Kysely<Database>) {}
}
