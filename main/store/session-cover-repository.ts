import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Who facilitates each session; coverage gaps and conflicts (issue 10 item 3). */
export class SessionCoverRepository {
  constructor(protected readonly db: Kysely<Database>) {}
}
