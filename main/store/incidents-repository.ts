import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Safeguarding incidents and their notes (issue 10 item 5). */
export class IncidentsRepository {
  constructor(protected readonly db: Kysely<Database>) {}
}
