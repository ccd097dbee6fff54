import type { SessionRow } from '../../../shared/domain/sessions';

let nextId = 1;

/** `count` grief meetings on `day` at Main Hall, from 08:00 a quarter-hour apart. */
export function sessionsOn(day: string, count: number): SessionRow[] {
  return Array.from({ length: count }, (_, index) => ({
    id: nextId++,
    groupId: index + 1,
    groupName: `Group ${index + 1}`,
    focus: 'grief',
    format: 'in_person',
    startsAt: `${day}T08:00:00.000Z`,
    endsAt: `${day}T09:00:00.000Z`,
    localDate: day,
    localStart: `${String(8 + Math.floor(index / 4)).padStart(2, '0')}:${String((index % 4) * 15).padStart(2, '0')}`,
    locationId: 1,
    locationName: 'Main Hall',
    room: '',
    status: 'scheduled',
    cancelReason: '',
    closureId: null,
    isExtra: false,
    isMoved: false,
    hasRecord: false,
  }));
}
