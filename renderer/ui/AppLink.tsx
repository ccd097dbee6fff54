import type { MouseEvent, ReactNode } from 'react';
import { defaultStringifySearch, useRouter } from '@tanstack/react-router';
import type { CalendarSearch } from '../calendar/calendar-search';

/**
 * The pages that long lists and the calendar link to, as the router's routes in
 * renderer/app/router.tsx name them (a test builds each one with the router and compares).
 */
export type AppLinkTarget =
  | { to: '/groups/$groupId'; params: { groupId: string } }
  | { to: '/volunteers/$volunteerId'; params: { volunteerId: string } }
  | { to: '/sessions/$sessionId'; params: { sessionId: string } }
  | { to: '/calendar'; search: CalendarSearch };

/** The address a link opens: the route's path with its parameters filled in, then its search. */
export function appLinkPath(target: AppLinkTarget): string {
  const params: Record<string, string> = 'params' in target ? target.params : {};
  const path = target.to.replace(/\$(\w+)/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  // Written as the router writes it, so Back and a reload read the same address.
  return 'search' in target ? `${path}${defaultStringifySearch(target.search)}` : path;
}

type AppLinkProps = AppLinkTarget & {
  children: ReactNode;
  className?: string;
  'data-status'?: string;
};

/**
 * A link drawn many times on a page (a list's rows, a month's hundred sessions): a plain <a>
 * with the address and the router's navigation, without what the router's <Link> keeps per link
 * (a subscription to the address, preloading, active-state styling, six event handlers). A page
 * of 50 rows, or a month, drew and left slowly with one <Link> each. Modified clicks (a new tab
 * or window) are the browser's, as with <Link>; Enter on the focused link is a click.
 */
export function AppLink({ children, className, 'data-status': status, ...target }: AppLinkProps) {
  const router = useRouter();
  const path = appLinkPath(target);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    // Through the router, not the browser's hash change: the history then numbers the entry,
    // so Back, Forward and the leave-unsaved-changes question know where they are.
    void router.navigate({ href: path });
  };
  return (
    <a
      href={router.history.createHref(path)}
      onClick={follow}
      className={className}
      data-status={status}
    >
      {children}
    </a>
  );
}
