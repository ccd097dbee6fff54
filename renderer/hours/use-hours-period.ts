import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { todayIn } from '../../shared/domain/civil-dates';
import { periodDates, type HoursPeriod, type Period } from '../../shared/domain/hours';
import { organisationQuery } from '../app/organisation-query';
import { localToday } from '../ui/format';

/** What the period picker holds: a preset, and the dates typed for a custom period. */
export interface PeriodChoice {
  preset: HoursPeriod;
  from: string;
  to: string;
}

export interface HoursPeriodState {
  choice: PeriodChoice;
  /** The dates to ask for; null while a custom period is half-typed or backwards. */
  period: Period | null;
  /** A custom period that ends before it starts. */
  isBackwards: boolean;
  choose(choice: PeriodChoice): void;
}

/** What the screen shows first: this year, so far. */
export const FIRST_PERIOD: HoursPeriod = 'thisYear';

/**
 * The period hours are shown for: this year by default, in the organisation's calendar (a
 * centre's "this month" does not follow the PC's clock zone). Picking "Choose dates" starts
 * from the dates the preset showed, so a person only adjusts them.
 */
export function useHoursPeriod(): HoursPeriodState {
  const timeZone = useQuery(organisationQuery).data?.timeZone;
  const today = timeZone ? todayIn(timeZone) : localToday();
  const [choice, setChoice] = useState<PeriodChoice>({ preset: FIRST_PERIOD, from: '', to: '' });
  const preset = periodDates(choice.preset, today);
  const isComplete = choice.from !== '' && choice.to !== '';
  const isBackwards = preset === null && isComplete && choice.to < choice.from;
  const custom = isComplete && !isBackwards ? { from: choice.from, to: choice.to } : null;
  return {
    choice,
    period: preset ?? custom,
    isBackwards,
    choose(next) {
      const shown = periodDates(choice.preset, today);
      const isSwitchingToCustom = next.preset === 'custom' && choice.preset !== 'custom';
      setChoice(isSwitchingToCustom && shown ? { preset: 'custom', ...shown } : next);
    },
  };
}
