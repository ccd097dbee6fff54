import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Session lists for the calendar, a group's page and the dashboard (issue 10 item 6). */
export class SessionQueriesRepository {
  constructor(protected readonly db: Kysely<Database>) {}
}
