import type { MouseEvent, ReactNode } from 'react';
import { useRouter } from '@tanstack/react-router';

/** The detail pages a long list's rows open. */
export type RowLinkTarget =
  | { to: '/groups/$groupId'; params: { groupId: string } }
  | { to: '/volunteers/$volunteerId'; params: { volunteerId: string } };

/** The address a row's link opens: the route's path with its parameters filled in. */
export function rowLinkPath({ to, params }: RowLinkTarget): string {
  return to.replace(/\$(\w+)/g, (_, name: string) =>
    encodeURIComponent((params as Record<string, string>)[name] ?? ''),
  );
}

/**
 * The link in each row of a long list: a plain <a> with the address and the router's
 * navigation, without what the router's <Link> keeps per link (a subscription to the address,
 * preloading, active-state styling, six event handlers). A page of 50 rows drew and left slowly
 * with one <Link> a row. Modified clicks (a new tab or window) are the browser's, as with <Link>.
 */
export function RowLink({ target, children }: { target: RowLinkTarget; children: ReactNode }) {
  const router = useRouter();
  const path = rowLinkPath(target);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void router.navigate({ href: path });
  };
  return (
    <a href={router.history.createHref(path)} onClick={follow}>
      {children}
    </a>
  );
}
