import type { ApiCall } from '../core/core-caller';
import type { DemoData } from './generate';

/**
 * Adds demo data through the API, as the app would: locations first, then their groups. Names
 * repeat only when demo data is added again on purpose (`demo-data --force`), so they are
 * confirmed as the app's "Save anyway" would.
 */
export async function loadDemoData(
  call: ApiCall,
  data: DemoData,
): Promise<{ groupIds: number[]; locationIds: number[] }> {
  const locationIds: number[] = [];
  for (const location of data.locations) {
    locationIds.push(
      (await call('createLocation', { ...location, isDuplicateNameConfirmed: true })).id,
    );
  }
  const groupIds: number[] = [];
  for (const { locationIndex, group } of data.groups) {
    const locationId = locationIndex === null ? null : (locationIds[locationIndex] ?? null);
    groupIds.push(
      (await call('createGroup', { ...group, locationId, isDuplicateNameConfirmed: true })).id,
    );
  }
  return { groupIds, locationIds };
}
