import type { GroupInput } from '../../shared/domain/groups';
import { GROUP_FOCUSES } from '../../shared/domain/groups';
import type { LocationInput } from '../../shared/domain/locations';
import { formatRrule, MONTH_ORDINALS, WEEKDAYS } from '../../shared/schedule/rrule';
import { pick, seededRandom } from './random';

/**
 * `historyWeeks`: how far back sessions go (null: since each group began, years ago in the large
 * set, so that it holds about 150,000 sessions). The small set keeps a few weeks: e2e tests use it.
 */
export const DEMO_SIZES = {
  small: { locations: 4, groups: 12, volunteers: 40, historyWeeks: 8 },
  large: { locations: 25, groups: 300, volunteers: 5000, historyWeeks: null },
} as const;
export type DemoSize = keyof typeof DEMO_SIZES;

const PLACES = [
  'Riverside',
  'Oak Street',
  'Northgate',
  'Harbour',
  'Elm Park',
  'Station Road',
  'Millbrook',
  'Southfield',
];
const BUILDINGS = [
  'Community Centre',
  'Library Annex',
  'Parish Hall',
  'Health Hub',
  'Youth Centre',
];
const ROOMS = ['Room 1', 'Room 2', 'Garden Room', 'Upstairs Lounge', 'Hall B', 'Quiet Room'];
const NAMES: Record<(typeof GROUP_FOCUSES)[number], string[]> = {
  addiction_recovery: ['Fresh Start', 'One Day at a Time', 'Recovery Circle', 'Clean Slate'],
  grief: ['Loss and Healing', 'After the Loss', 'Remembering Together', 'Grief Café'],
  chronic_illness: ['Living with Pain', 'Long Covid Peer Group', 'Diabetes Circle', 'MS Support'],
  caregivers: ['Carers’ Cuppa', 'Dementia Carers', 'Parent Carers', 'Young Carers'],
  trauma: ['Safe Ground', 'Steady Steps', 'Survivors’ Circle', 'Finding Calm'],
  mental_health: ['Hearing Voices', 'Anxiety Peer Support', 'Bipolar Circle', 'Low Mood Group'],
  parenting: ['New Parents', 'Single Parents', 'Teens and Parents', 'Dads’ Group'],
  other: ['Men’s Shed Talk', 'Newcomers to the City', 'LGBTQ+ Peer Group', 'Retirement Circle'],
};
const FORMAT_CYCLE = ['in_person', 'in_person', 'online', 'in_person', 'hybrid'] as const;
const STATUS_CYCLE = [
  'active',
  'active',
  'active',
  'active',
  'paused',
  'active',
  'active',
  'active',
  'active',
  'active',
  'archived',
] as const;
const START_TIMES = ['10:00', '13:30', '18:00', '18:30', '19:00', '19:30'];

export interface DemoData {
  locations: LocationInput[];
  /** `locationIndex` points into `locations` (null for online groups). */
  groups: { locationIndex: number | null; group: Omit<GroupInput, 'locationId'> }[];
}

export function generateDemoData(size: DemoSize, seed = 20261123): DemoData {
  const random = seededRandom(seed);
  const counts = DEMO_SIZES[size];
  const locations: LocationInput[] = Array.from({ length: counts.locations }, (_, i) => ({
    name: `${PLACES[i % PLACES.length]} ${BUILDINGS[Math.floor(i / PLACES.length) % BUILDINGS.length]}`,
    address: `${10 + i} ${pick(random, PLACES)} Lane`,
    room: pick(random, ROOMS),
    accessibilityNotes:
      random() < 0.7
        ? 'Step-free entrance, accessible toilet.'
        : 'Two steps at the front door; ramp on request.',
    capacity: 10 + Math.floor(random() * 40),
  }));

  const groups = Array.from({ length: counts.groups }, (_, i) => {
    const focus = GROUP_FOCUSES[i % GROUP_FOCUSES.length]!;
    // A fixed mix, so even the small set shows every format and status.
    const format = FORMAT_CYCLE[i % FORMAT_CYCLE.length]!;
    const isMonthly = random() < 0.25;
    const rrule = isMonthly
      ? formatRrule({
          frequency: 'MONTHLY',
          interval: 1,
          weekdays: [
            { day: pick(random, WEEKDAYS.slice(0, 5)), ordinal: pick(random, MONTH_ORDINALS) },
          ],
        })
      : formatRrule({
          frequency: 'WEEKLY',
          interval: random() < 0.2 ? 2 : 1,
          weekdays: [{ day: pick(random, WEEKDAYS) }],
        });
    const baseName = pick(random, NAMES[focus]);
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length]!;
    return {
      locationIndex: format === 'online' ? null : Math.floor(random() * counts.locations),
      group: {
        name:
          counts.groups > 40 ? `${baseName} ${Math.floor(i / GROUP_FOCUSES.length) + 1}` : baseName,
        focus,
        format,
        publicDescription: `A peer-led ${focus.replace('_', ' ')} group. Come as you are; you do not have to speak.`,
        audience: random() < 0.5 ? 'Adults 18+' : 'Anyone affected',
        onlineLink: format === 'in_person' ? '' : `https://meet.example.org/${focus}-${i}`,
        // Half the online and hybrid groups publish their link, half give it on request (from
        // the position, not the random stream, so the rest of the data stays as it was).
        isOnlineLinkPublic: format !== 'in_person' && i % 10 < 5,
        schedule: {
          rrule,
          startTime: pick(random, START_TIMES),
          durationMinutes: pick(random, [60, 75, 90, 120]),
        },
        startDate: `2026-0${1 + Math.floor(random() * 9)}-0${1 + Math.floor(random() * 9)}`,
        isOpenToNewcomers: random() < 0.8,
        languages: random() < 0.3 ? ['en', 'es'] : ['en'],
        groundRules:
          'What is said here stays here. One person speaks at a time. No advice unless asked.',
        publicContactName: 'Front desk',
        publicContactPhone: `0100 555 ${String(1000 + i).slice(-4)}`,
        status,
        isListedPublicly: random() < 0.6,
      } satisfies Omit<GroupInput, 'locationId'>,
    };
  });
  return { locations, groups: groups.map(withHistory(size, seed)) };
}

/**
 * What sessions and their records need of a group, drawn from a random stream of its own so the
 * rest stays as it was: a capacity for rooms, named rosters for some, and in the large set the
 * centre's years of history (groups began in 2014 to 2018, many meet more than once a week).
 */
function withHistory(size: DemoSize, seed: number) {
  const random = seededRandom(seed + 1);
  return (entry: DemoData['groups'][number], i: number): DemoData['groups'][number] => {
    const group = entry.group;
    const capacity = group.format === 'online' ? null : pick(random, [12, 15, 20, 25, 30]);
    const rosterMode = i % 4 === 0 ? 'named_with_consent' : 'anonymous';
    const startYear = 2014 + Math.floor(random() * 5);
    const startDate = `${startYear}${group.startDate!.slice(4)}`;
    const isWeekly = group.schedule.rrule === `FREQ=WEEKLY;BYDAY=${group.schedule.rrule.slice(-2)}`;
    const extraDays = isWeekly ? pick(random, [0, 0, 1, 1, 1, 2, 2]) : 0;
    if (size !== 'large') return { ...entry, group: { ...group, capacity, rosterMode } };
    const firstDay = group.schedule.rrule.slice(-2) as (typeof WEEKDAYS)[number];
    const days = [...new Set([firstDay, ...WEEKDAYS.slice(0, 5).filter(() => random() < 0.4)])]
      .slice(0, 1 + extraDays)
      .sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
    const rrule = formatRrule({
      frequency: 'WEEKLY',
      interval: 1,
      weekdays: days.map((day) => ({ day })),
    });
    return {
      ...entry,
      group: {
        ...group,
        capacity,
        rosterMode,
        startDate,
        schedule: { ...group.schedule, rrule: isWeekly ? rrule : group.schedule.rrule },
      },
    };
  };
}
