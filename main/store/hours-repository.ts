import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Volunteer hours per session and per period (issue 10 item 7). */
export class HoursRepository {
  constructor(protected readonly db: Kysely<Database>) {}
}
