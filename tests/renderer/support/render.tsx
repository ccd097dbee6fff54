import './css-escape';
import type { ReactElement, ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { I18nextProvider } from 'react-i18next';
import type { ApiResult } from '../../../shared/api/errors';
import type { Language } from '../../../shared/domain/fields';
import { createQueryClient } from '../../../renderer/app/App';
import { AriaLanguage } from '../../../renderer/i18n/AriaLanguage';
import type { VaultContextValue } from '../../../renderer/app/vault-context';
import { setUpI18n } from '../../../renderer/i18n/i18n';

export function renderWithProviders(ui: ReactElement, language: Language = 'en') {
  const i18n = setUpI18n(language);
  const queryClient = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AriaLanguage>{children}</AriaLanguage>
      </QueryClientProvider>
    </I18nextProvider>
  );
  return { i18n, queryClient, ...render(ui, { wrapper }) };
}

// jsdom has no CSS object, which react-aria's modal uses (supports, escape).
Object.assign(globalThis, {
  CSS: { supports: () => false, escape: (value: string) => value.replace(/["\\]/g, '\\$&') },
});
// …nor fetch's Response, which the router checks a route loader's result against (a redirect).
if (typeof globalThis.Response === 'undefined') {
  Object.assign(globalThis, { Response: class Response {} });
}
// …nor scrolling, which the router restores after a navigation and forms do on focus.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = () => undefined;

/**
 * Renders `ui` as the page at `/form`, inside a router (forms ask before a route change loses
 * their input); `/elsewhere` is another page to navigate to.
 */
export async function renderInRouter(ui: ReactElement, language: Language = 'en') {
  const rootRoute = createRootRoute();
  const router = createRouter({
    routeTree: rootRoute.addChildren([
      createRoute({ getParentRoute: () => rootRoute, path: '/form', component: () => ui }),
      createRoute({
        getParentRoute: () => rootRoute,
        path: '/elsewhere',
        component: () => <p>Another page</p>,
      }),
    ]),
    history: createMemoryHistory({ initialEntries: ['/form'] }),
  });
  const rendered = renderWithProviders(<RouterProvider router={router} />, language);
  await act(() => router.load());
  return { ...rendered, router };
}

type Handler = (input: unknown) => ApiResult<unknown>;

/** Stands in for the Electron preload: the client uses it when present. */
export function fakeCore(handlers: Record<string, Handler>) {
  const calls: { method: string; input: unknown }[] = [];
  window.circlekeeper = {
    call: async (method, input) => {
      calls.push({ method, input });
      const handler = handlers[method];
      return handler
        ? handler(input)
        : { ok: false, error: { code: 'UNKNOWN_METHOD', messageKey: 'errors.UNKNOWN_METHOD' } };
    },
    openExternal: async (url) => {
      calls.push({ method: 'openExternal', input: url });
      return true;
    },
  };
  return calls;
}

export const ok = (value: unknown): ApiResult<unknown> => ({ ok: true, value });

/** The vault as the sign-in screen sees it: set up, nobody signed in. */
export const signedOutVault = (): VaultContextValue => ({
  status: { state: 'ready', isUnlocked: false, user: null, idleLockMinutes: null },
  lockedBy: null,
  refresh: jest.fn(async () => undefined),
  lockNow: jest.fn(),
  signOut: jest.fn(),
});
