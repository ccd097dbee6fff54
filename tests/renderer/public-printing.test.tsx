import { act, screen } from '@testing-library/react';
import { VaultContext } from '../../renderer/app/vault-context';
import { PublicPrintingScreen } from '../../renderer/public-printing/PublicPrintingScreen';
import { LoginScreen } from '../../renderer/vault/LoginScreen';
import { publicGroup as group, publicSnapshot as snapshot } from './support/public-data';
import { fakeCore, ok, renderWithProviders, signedOutVault } from './support/render';

describe('PublicPrintingScreen', () => {
  afterEach(() => {
    delete window.circlekeeper;
  });

  it('offers the four public printables, each at its own print address', async () => {
    fakeCore({
      getPublicSnapshot: () => ok({ status: 'ready', snapshot: snapshot([group({})]) }),
    });
    await act(async () => void renderWithProviders(<PublicPrintingScreen />));
    const links = screen
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Back to sign-in', '#/login'],
      ['Group flyer', '#/print/flyer'],
      ['Weekly meeting list', '#/print/meeting-list'],
      ['Monthly calendar', '#/print/calendar'],
      ['Referral resource sheet', '#/print/resources'],
    ]);
  });

  it('says public printing is off, and what an administrator can do', async () => {
    fakeCore({ getPublicSnapshot: () => ok({ status: 'off' }) });
    await act(async () => void renderWithProviders(<PublicPrintingScreen />));
    expect(screen.getByRole('heading', { name: 'Public printing is off' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Weekly meeting list' })).toBeNull();
  });

  it('says what to do when no group is listed yet', async () => {
    fakeCore({ getPublicSnapshot: () => ok({ status: 'ready', snapshot: snapshot([]) }) });
    await act(async () => void renderWithProviders(<PublicPrintingScreen />));
    expect(screen.getByRole('heading', { name: 'No groups are listed publicly yet' })).toBeTruthy();
    // The resource sheet needs no group: the printables are still offered.
    expect(screen.getByRole('link', { name: 'Referral resource sheet' })).toBeTruthy();
  });
});

describe('the sign-in screen', () => {
  const vault = signedOutVault();
  const renderLogin = () =>
    act(
      async () =>
        void renderWithProviders(
          <VaultContext.Provider value={vault}>
            <LoginScreen />
          </VaultContext.Provider>,
        ),
    );
  const publicLink = () => screen.queryByRole('link', { name: /Public printing/ });

  afterEach(() => {
    delete window.circlekeeper;
  });

  it('offers public printing while it is on', async () => {
    fakeCore({ getPublicSnapshot: () => ok({ status: 'ready', snapshot: snapshot([]) }) });
    await renderLogin();
    expect(publicLink()?.getAttribute('href')).toBe('#/public-printing');
  });

  it('does not offer it once an administrator has turned it off', async () => {
    fakeCore({ getPublicSnapshot: () => ok({ status: 'off' }) });
    await renderLogin();
    expect(publicLink()).toBeNull();
  });
});
