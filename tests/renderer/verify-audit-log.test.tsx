import { fireEvent, screen } from '@testing-library/react';
import type { AuditVerification } from '../../shared/domain/audit';
import type { Language } from '../../shared/domain/fields';
import { VerifyAuditLog } from '../../renderer/audit/VerifyAuditLog';
import { fakeCore, ok, renderWithProviders } from './support/render';

function renderVerify(found: AuditVerification, language: Language = 'en') {
  fakeCore({
    getOrganisation: () => ok({ name: 'Riverside Centre', timeZone: 'Europe/London' }),
    verifyAuditLog: () => ok(found),
  });
  renderWithProviders(<VerifyAuditLog />, language);
  fireEvent.click(
    screen.getByRole('button', {
      name: language === 'en' ? 'Verify log' : 'Verificar el registro',
    }),
  );
}

afterEach(() => {
  delete window.circlekeeper;
});

describe('Verify log', () => {
  it('says the log verifies, with the number of entries', async () => {
    renderVerify({ ok: true, checked: 42 });
    expect((await screen.findByRole('status')).textContent).toBe(
      'The log verifies: all 42 entries are as they were written.',
    );
  });

  it('says in words where the chain breaks, at the centre’s time', async () => {
    renderVerify({
      ok: false,
      checked: 42,
      firstBreak: { id: 7, at: '2026-07-01T09:30:00.000Z', previousId: 5, reason: 'missing' },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('An entry is missing between entry 5 and entry 7 (');
    expect(alert.textContent).toContain('10:30');
    expect(alert.textContent).toContain('The log does not verify');
  });

  it('tells entries missing from the very start apart, in Spanish too', async () => {
    renderVerify(
      {
        ok: false,
        checked: 3,
        firstBreak: { id: 4, at: '2026-11-30T10:00:00.000Z', previousId: null, reason: 'missing' },
      },
      'es',
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Faltan entradas antes de la entrada 4 (',
    );
  });
});
