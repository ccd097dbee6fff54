import type { Catalogue } from '../en';

// Arabic messages of the 'sessions' block (issue 12: still English until translated). Spread into ar.ts.
export const sessions: Catalogue['sessions'] = {
  scheduleChange: {
    heading: 'Before you save:',
    moveTime_one: '{{count, number}} future session moves from {{from}} to {{to}}.',
    moveTime_other: '{{count, number}} future sessions move from {{from}} to {{to}}.',
    move_one: '{{count, number}} future session moves to the new day, time or place.',
    move_other: '{{count, number}} future sessions move to the new day, time or place.',
    added_one: '{{count, number}} session is added.',
    added_other: '{{count, number}} sessions are added.',
    removed_one: '{{count, number}} future session is removed.',
    removed_other: '{{count, number}} future sessions are removed.',
    kept_one: '{{count, number}} with records or changes made by hand stays as it is.',
    kept_other: '{{count, number}} with records or changes made by hand stay as they are.',
    nothing: 'No future session changes.',
  },
};
