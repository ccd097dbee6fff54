import { act, screen } from '@testing-library/react';
import type { TFunction } from 'i18next';
import { useTranslation } from '../../../renderer/i18n/use-translation';
import { renderWithProviders } from '../support/render';

// The app's useTranslation: one { t, i18n } per language that every component shares, made
// again when the language changes, so every component draws again in the new one.

const seen: TFunction[] = [];

function Title({ id }: { id: string }) {
  const { t } = useTranslation();
  seen.push(t);
  return <h2 data-testid={id}>{t('calendar.title')}</h2>;
}

describe('useTranslation', () => {
  beforeEach(() => (seen.length = 0));

  it('gives every component the same t, and draws them all again in a new language', async () => {
    const { i18n } = renderWithProviders(
      <>
        <Title id="a" />
        <Title id="b" />
      </>,
    );
    expect(screen.getByTestId('a').textContent).toBe('Calendar');
    expect(seen[0]).toBe(seen[1]);
    const english = seen[0];
    await act(() => i18n.changeLanguage('es'));
    expect(screen.getByTestId('a').textContent).toBe('Calendario');
    expect(screen.getByTestId('b').textContent).toBe('Calendario');
    expect(seen.at(-1)).not.toBe(english);
  });

  it('follows the instance of the nearest provider: two apps, two languages', () => {
    renderWithProviders(<Title id="en" />, 'en');
    renderWithProviders(<Title id="fr" />, 'fr');
    expect(screen.getByTestId('en').textContent).toBe('Calendar');
    expect(screen.getByTestId('fr').textContent).toBe('Calendrier');
  });
});
