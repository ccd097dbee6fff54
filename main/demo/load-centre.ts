import type { Core } from '../core/core';
import type { ApiCall } from '../core/core-caller';
import { todayIn } from '../../shared/domain/civil-dates';
import { demoBatchFor, demoWriteFor } from './core-write';
import { generateDemoData, type DemoData, type DemoSize } from './generate';
import { loadDemoData } from './load';
import { loadDemoPeople } from './load-people';
import { loadDemoSessions, type DemoSessionsSummary } from './load-sessions';
import { generateDemoPeople, type DemoPeople } from './people';
import { loadDemoResources } from './resources';

export interface DemoCentre {
  data: DemoData;
  people: DemoPeople;
  sessions: DemoSessionsSummary;
}

/**
 * The whole demo centre on an in-process core, signed in as the admin in `account`: places and
 * groups, people and accounts (the same password), then the sessions' years of history.
 * `today` defaults to the organisation's today by the real clock.
 */
export async function loadDemoCentre(
  core: Core,
  call: ApiCall,
  size: DemoSize,
  account: { username: string; password: string },
  today?: string,
): Promise<DemoCentre> {
  const data = generateDemoData(size);
  const { groupIds, locationIds } = await loadDemoData(call, data);
  // The referral sheet: every session plan and the print station print it.
  await loadDemoResources(call);
  const { timeZone } = await call('getOrganisation', {});
  const day = today ?? todayIn(timeZone);
  const people = generateDemoPeople(size, data.groups, day);
  const write = demoWriteFor(core);
  const { volunteerIds } = await loadDemoPeople(call, write, people, groupIds, account.password);
  const sessions = await loadDemoSessions(
    { call, write, batch: demoBatchFor(core), ...account },
    { size, data, people, ids: { groupIds, locationIds, volunteerIds }, today: day, timeZone },
  );
  return { data, people, sessions };
}
