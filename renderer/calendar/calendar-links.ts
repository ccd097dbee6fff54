// Addresses of the calendar's links, written out rather than drawn with the router's <Link>: a
// month or a week draws a hundred of them, and each <Link> subscribes to the router and builds
// its location on every render (a fifth of the month's drawing time). A plain link to the same
// hash address is followed by the hash history just the same. The routes are `/sessions/$sessionId`
// and `/calendar` in renderer/app/router.tsx; the search is written as the router writes it.
import { defaultStringifySearch } from '@tanstack/react-router';
import { dropDefaults, type CalendarState } from './calendar-search';

export const sessionHref = (sessionId: number): string => `#/sessions/${sessionId}`;

export const calendarHref = (state: CalendarState): string =>
  `#/calendar${defaultStringifySearch(dropDefaults(state))}`;
