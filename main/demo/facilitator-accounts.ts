import type { ApiCall } from '../core/core-caller';
import type { DemoSessionsInput } from './load-sessions';
import { DEMO_USERS } from './people';

// The facilitator accounts that file the demo incidents: the demo `facilitator` account, and
// in the large set a few more, each standing for the lead of another group.

export interface FacilitatorAccount {
  username: string;
  /** The groups its volunteer facilitates. */
  groupIds: ReadonlySet<number>;
}

const MORE_FACILITATORS = { small: 0, large: 3 } as const;

export async function demoFacilitatorAccounts(
  call: ApiCall,
  { size, data, people, ids }: DemoSessionsInput,
  password: string,
): Promise<FacilitatorAccount[]> {
  const groupsOf = (volunteerIndex: number) =>
    new Set(
      people.facilitators
        .filter((f) => f.volunteerIndex === volunteerIndex)
        .map((f) => ids.groupIds[f.groupIndex]!),
    );
  // An account left by an earlier load (demo-data --force) stands for that load's volunteer,
  // not this one's: it files nothing for these groups.
  const linkedTo = new Map(
    (await call('listUsers', {})).map((user) => [user.username, user.volunteerId]),
  );
  const isLinkedTo = (username: string, volunteerIndex: number) =>
    linkedTo.get(username) === ids.volunteerIds[volunteerIndex];
  const accounts: FacilitatorAccount[] = [];
  if (isLinkedTo('facilitator', people.facilitatorVolunteerIndex)) {
    accounts.push({
      username: 'facilitator',
      groupIds: groupsOf(people.facilitatorVolunteerIndex),
    });
  }
  const leads = people.facilitators.filter(
    (f) => f.role === 'lead' && f.volunteerIndex !== people.facilitatorVolunteerIndex,
  );
  for (const [n, lead] of leads.slice(0, MORE_FACILITATORS[size]).entries()) {
    const username = `facilitator-${n + 2}`;
    const displayName = `Facilitator ${n + 2} (demo), ${data.groups[lead.groupIndex]!.group.name}`;
    if (!linkedTo.has(username)) {
      const role = DEMO_USERS[2].role;
      const { id } = await call('createUser', { username, displayName, role, password });
      const volunteerId = ids.volunteerIds[lead.volunteerIndex]!;
      await call('updateUser', { id, displayName, role, volunteerId });
    } else if (!isLinkedTo(username, lead.volunteerIndex)) {
      continue;
    }
    accounts.push({ username, groupIds: groupsOf(lead.volunteerIndex) });
  }
  return accounts;
}
