import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Closures and one session's exceptions (issue 10 item 2). */
export class ClosuresRepository {
  constructor(protected readonly db: Kysely<Database>) {}
}
