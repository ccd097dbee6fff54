import type { TFunction } from 'i18next';
import type { AvailabilitySlot } from '../../shared/domain/volunteers';
import { formatWallTime } from '../i18n/date-locale';

/** Each weekly slot in words, Monday first: "Tuesday 17:00–21:00" (or "5:00 PM" where usual). */
export function describeAvailability(
  slots: readonly AvailabilitySlot[],
  t: TFunction,
  locale: string,
): string[] {
  return slots
    .toSorted((a, b) => a.day - b.day || a.from.localeCompare(b.from))
    .map((slot) =>
      t('volunteers.availabilitySlot', {
        day: t(`enums.weekday.${slot.day}`),
        from: formatWallTime(slot.from, locale),
        to: formatWallTime(slot.to, locale),
      }),
    );
}
