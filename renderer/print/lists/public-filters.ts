// The location and focus filters of the meeting list and the calendar. The public data names
// places but holds no ids (an id says nothing to the public), so a place is chosen by its
// position among the places the listed groups meet at, sorted by name.
import type { GroupFocus } from '../../../shared/domain/groups';
import type { PublicGroup } from '../../../shared/domain/public-snapshot';
import { WEEKDAYS, type Weekday } from '../../../shared/schedule/rrule';

export interface PublicPlace {
  /** `locationId` in the address: 1 for the first place by name. */
  id: number;
  name: string;
  key: string;
}

const placeKey = (group: PublicGroup): string | null =>
  group.location ? `${group.location.name}\n${group.location.address}` : null;

export function placesOf(groups: readonly PublicGroup[]): PublicPlace[] {
  const byKey = new Map<string, string>();
  for (const group of groups) {
    const key = placeKey(group);
    if (key !== null) byKey.set(key, group.location!.name);
  }
  return [...byKey]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, name], index) => ({ id: index + 1, name, key }));
}

export interface PublicFilter {
  locationId?: number;
  focus?: GroupFocus;
}

/**
 * Whether each group (by position) passes the filter. A place no longer in the data (a stale
 * link) matches nothing rather than everything: a list headed "Main Hall" never shows others.
 */
export function matchingGroups(groups: readonly PublicGroup[], filter: PublicFilter): boolean[] {
  const place = filter.locationId
    ? (placesOf(groups).find((p) => p.id === filter.locationId)?.key ?? '')
    : null;
  return groups.map(
    (group) =>
      (place === null || placeKey(group) === place) &&
      (filter.focus === undefined || group.focus === filter.focus),
  );
}

/** The locale's first day of the week (Sunday in the United States), Monday when unknown. */
export function firstDayOfWeek(locale: string): Weekday {
  try {
    // getWeekInfo() in current engines; the older `weekInfo` getter in Node 22's.
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const firstDay = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay ?? 1;
    return WEEKDAYS[firstDay - 1] ?? 'MO';
  } catch {
    return 'MO';
  }
}
