// The group flyer and the ground rules poster (issue 11): one page each in A4 and Letter, in
// Spanish and large print too, the phone on every tear-off tab, the QR for staff, and the flyer
// printed at the print station with no password.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PRE_LOGIN_PATHS } from '../../renderer/app/pre-login-path';
import { createTestCore, sampleGroup } from '../support/temp-core';
import { useAppSession } from './support/app';
import { DEMO_ADMIN, DEMO_PASSWORD, prepareDemoCentre, signInToDemo } from './support/demo-centre';
import { checkPrintable } from './support/print';

const SHOTS = '/work/shots/group-pages';
const HYBRID = { name: 'Hybrid Evening Circle', phone: '0100 555 7788' };
const LONG_NAME = `Caregivers${'Ü'.repeat(10)}${'x'.repeat(100)}`;
const ids = { hybrid: 0, long: 0 };

/** A hybrid group with no ground rules of its own, and one with a 120-character name. */
async function addGroups(dataDir: string): Promise<void> {
  await prepareDemoCentre(dataDir);
  const centre = createTestCore(dataDir);
  try {
    await centre.call('logIn', { username: DEMO_ADMIN, password: DEMO_PASSWORD });
    const [location] = await centre.call('listLocations', {});
    const hybrid = await centre.call(
      'createGroup',
      sampleGroup({
        name: HYBRID.name,
        format: 'hybrid',
        locationId: location!.id,
        publicContactPhone: HYBRID.phone,
        isListedPublicly: true,
        groundRules: '',
      }),
    );
    const long = await centre.call(
      'createGroup',
      sampleGroup({ name: LONG_NAME, focus: 'caregivers', publicContactPhone: HYBRID.phone }),
    );
    Object.assign(ids, { hybrid: hybrid.id, long: long.id });
  } finally {
    await centre.core.close();
  }
}

/** Occurrences of `text` in the PDF, whatever spacing pdftotext gives the rotated tabs. */
const count = (pdfText: string, text: string) =>
  pdfText.replace(/\s+/g, '').split(text.replace(/\s+/g, '')).length - 1;

function keep(png: string): void {
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(png, path.join(SHOTS, path.basename(png)));
}

describe('group flyer and ground rules poster', () => {
  const session = useAppSession(addGroups);

  it('print on one page in A4 and Letter, with the phone on every tab and the QR for staff', async () => {
    const { page, app } = session;
    await signInToDemo(page, app.url);
    for (const paper of ['A4', 'Letter'] as const) {
      const flyer = await checkPrintable(page, app.url, {
        printable: 'flyer',
        query: { groupId: ids.hybrid },
        paper,
        name: `flyer-hybrid-${paper}`,
      });
      expect(flyer.overflow).toEqual([]);
      expect(flyer.pages).toBe(1);
      expect(flyer.text).toContain(HYBRID.name);
      expect(flyer.text).toMatch(/Every Thursday at 19:00/);
      const tabs = await page.locator('.flyer__tab').count();
      expect(tabs).toBeGreaterThanOrEqual(8);
      expect(count(flyer.text, HYBRID.phone)).toBeGreaterThanOrEqual(tabs);
      expect(await page.locator('.flyer__qr svg[data-qr-modules]').count()).toBe(1);
      keep(flyer.png);

      const poster = await checkPrintable(page, app.url, {
        printable: 'ground-rules',
        query: { groupId: ids.hybrid, large: true },
        paper,
        name: `poster-hybrid-large-${paper}`,
      });
      expect(poster.overflow).toEqual([]);
      expect(poster.pages).toBe(1);
      expect(poster.text).toContain('Our ground rules');
      // No rules of its own: the defaults for a hybrid group, online rules and crisis step too.
      expect(poster.text).toContain('waiting room');
      expect(poster.text).toContain('crisis');
      keep(poster.png);
    }
    await session.expectAccessible('print-flyer-hybrid');

    const spanish = await checkPrintable(page, app.url, {
      printable: 'flyer',
      query: { groupId: ids.hybrid, lang: 'es', large: true },
      paper: 'Letter',
      name: 'flyer-hybrid-es-large-Letter',
    });
    expect(spanish.overflow).toEqual([]);
    expect(spanish.pages).toBe(1);
    expect(spanish.text).toMatch(/Cada jueves a las 19:00/);
    keep(spanish.png);

    for (const paper of ['A4', 'Letter'] as const) {
      const long = await checkPrintable(page, app.url, {
        printable: 'flyer',
        query: { groupId: ids.long },
        paper,
        name: `flyer-long-name-${paper}`,
      });
      expect(long.overflow).toEqual([]);
      expect(long.pages).toBe(1);
      const tabs = await page.locator('.flyer__tab').count();
      expect(count(long.text, HYBRID.phone)).toBeGreaterThanOrEqual(tabs);
      keep(long.png);
    }
  });

  it('prints a flyer at the print station with no login, and no link but how to ask for it', async () => {
    const { page, app } = session;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').waitFor();
    await page.goto(`${new URL(app.url).origin}/#${PRE_LOGIN_PATHS.publicPrinting}`);
    const flyer = await checkPrintable(page, app.url, {
      printable: 'flyer',
      query: { groupId: ids.hybrid },
      paper: 'A4',
      name: 'flyer-public-A4',
    });
    expect(flyer.overflow).toEqual([]);
    expect(flyer.pages).toBe(1);
    expect(flyer.text).toContain(HYBRID.name);
    expect(count(flyer.text, `For the link to join online, phone ${HYBRID.phone}.`)).toBe(1);
    expect(flyer.text).not.toContain('meet.example.org');
    expect(await page.locator('.flyer__qr').count()).toBe(0);
    keep(flyer.png);
  });
});
