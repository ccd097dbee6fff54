import { useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { AriaLanguage } from '../i18n/AriaLanguage';
import { VaultGate } from './VaultGate';

// A query's answer is drawn in the task that received it, not in a timer after it: with
// setTimeout(0), the default, a busy page draws the data a timer turn (or several) later.
notifyManager.setScheduler(queueMicrotask);

/** The core is local: never wait for "online", never poll, never refetch on window focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        refetchInterval: false,
        retry: false,
        staleTime: 30_000,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

export function App({ i18n }: { i18n: I18n }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AriaLanguage>
          <VaultGate queryClient={queryClient} />
        </AriaLanguage>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
