import type { SessionFacilitator } from '../../shared/domain/session-cover';
import type { MethodParsedInput } from '../../shared/api/contract';
import { AppError } from '../app-error';
import type { CallContext } from '../core/handler-types';
import { assertAssignable, leadDecision } from '../facilitators/assignment-rules';
import type { CoverSession, StoredSessionFacilitator } from '../store/session-cover-repository';
import type { Repositories } from '../store/store';
import { coverPeople } from './cover-people';

// Who facilitates one session: the group's facilitators by default, or a list chosen for it.

async function sessionOrFail(repos: Repositories, id: number): Promise<CoverSession> {
  const session = await repos.sessionCover.findSession(id);
  if (!session) throw new AppError('NOT_FOUND');
  return session;
}

/** The session's facilitators in force, lead first, each with readiness for their role. */
export async function sessionFacilitators(
  repos: Repositories,
  session: CoverSession,
  now: number,
): Promise<SessionFacilitator[]> {
  const rows = await repos.sessionCover.facilitatorsOf({ sessionId: session.id });
  const people = await coverPeople(
    repos,
    rows.map((r) => r.volunteerId),
    now,
  );
  return rows.map((row) => toFacilitator(row, people, session.localDate));
}

function toFacilitator(
  row: StoredSessionFacilitator,
  people: Awaited<ReturnType<typeof coverPeople>>,
  sessionDate: string,
): SessionFacilitator {
  const volunteer = people.volunteer(row.volunteerId);
  return {
    volunteerId: row.volunteerId,
    displayName: volunteer?.displayName ?? '',
    phone: volunteer?.phone ?? '',
    role: row.role,
    readiness: people.readiness(row.volunteerId, row.role, sessionDate),
    overrideReason: row.overrideReason,
    hours: row.hours,
  };
}

export async function listSessionFacilitators(
  { id }: MethodParsedInput<'listSessionFacilitators'>,
  { store, now }: CallContext,
): Promise<SessionFacilitator[]> {
  return sessionFacilitators(store, await sessionOrFail(store, id), now());
}

/** One person once, one lead at most: what the list itself must say before anyone is looked up. */
function assertListShape(list: MethodParsedInput<'setSessionFacilitators'>['facilitators']) {
  const ids = list.map((f) => f.volunteerId);
  if (new Set(ids).size !== ids.length) {
    throw AppError.invalidField('facilitators', 'cover.errors.samePersonTwice');
  }
  if (list.filter((f) => f.role === 'lead').length > 1) {
    throw AppError.invalidField('facilitators', 'cover.errors.oneLead');
  }
}

export function setSessionFacilitators(
  { id, facilitators: list, overrideReason }: MethodParsedInput<'setSessionFacilitators'>,
  context: CallContext,
): Promise<SessionFacilitator[]> {
  assertListShape(list);
  return context.write(
    { action: 'set_session_facilitators', entity: 'session', entityId: () => id },
    async (repos, audit) => {
      const session = await sessionOrFail(repos, id);
      const current = await repos.sessionCover.facilitatorsOf({ sessionId: id });
      const staying = new Set(list.map((f) => f.volunteerId));
      // Recorded hours are what a volunteer gave: nobody with hours is dropped from the session.
      if (current.some((f) => f.hours !== null && !staying.has(f.volunteerId))) {
        throw new AppError('CONFLICT', 'cover.errors.hasHours');
      }
      const people = await coverPeople(repos, [...staying], context.now());
      let isOverride = false;
      const rows = list.map(({ volunteerId, role }) => {
        assertAssignable(people.volunteer(volunteerId));
        const readiness = people.readiness(volunteerId, role, session.localDate);
        const decision = leadDecision(role, readiness, overrideReason);
        isOverride ||= decision.isOverride;
        return { volunteerId, role, overrideReason: decision.overrideReason };
      });
      await repos.sessionCover.replace(id, rows);
      audit.setFields(['facilitators', ...(isOverride ? ['overrideReason'] : [])]);
      if (isOverride) audit.setAction('set_session_lead_override');
      return sessionFacilitators(repos, session, context.now());
    },
  );
}

export function resetSessionFacilitators(
  { id }: MethodParsedInput<'resetSessionFacilitators'>,
  context: CallContext,
): Promise<SessionFacilitator[]> {
  return context.write(
    { action: 'reset_session_facilitators', entity: 'session', entityId: () => id },
    async (repos, audit) => {
      const session = await sessionOrFail(repos, id);
      // A held session's hours are recorded on its own list: going back would lose them.
      if (session.status === 'held') throw new AppError('CONFLICT', 'cover.errors.heldSession');
      const current = await repos.sessionCover.facilitatorsOf({ sessionId: id });
      if (current.some((f) => f.hours !== null)) {
        throw new AppError('CONFLICT', 'cover.errors.heldSession');
      }
      await repos.sessionCover.reset(id);
      audit.setFields(['facilitators']);
      return sessionFacilitators(repos, session, context.now());
    },
  );
}
