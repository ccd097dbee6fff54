// Issue 12: every signed-in screen, each with what it shows only once its data came (a row, a
// details list), so a check never measures "Loading…"; and the layout problems a translation
// brings, measured in the page.
import type { Page } from 'playwright-core';

export interface Screen {
  name: string;
  /** A path after '#', or a placeholder filled from the demo data (see `findDemoPaths`). */
  path: string;
  /** CSS that only matches once the screen's data is in. */
  ready: string;
}

const ROWS = 'main tbody tr';
const DETAILS = 'main dd';
const SESSION_LINK = 'main a[href*="/sessions/"]';

export const SCREENS: readonly Screen[] = [
  { name: 'dashboard', path: '/', ready: SESSION_LINK },
  { name: 'calendar-month', path: '/calendar?view=month', ready: SESSION_LINK },
  { name: 'calendar-week', path: '/calendar?view=week', ready: SESSION_LINK },
  { name: 'calendar-agenda', path: '/calendar?view=agenda', ready: SESSION_LINK },
  { name: 'groups', path: '/groups', ready: 'main tbody th a' },
  { name: 'group', path: 'GROUP', ready: DETAILS },
  { name: 'group-form', path: '/groups/new', ready: 'main form input' },
  { name: 'session', path: 'SESSION', ready: DETAILS },
  { name: 'incidents', path: '/incidents', ready: ROWS },
  { name: 'volunteers', path: '/volunteers', ready: ROWS },
  { name: 'volunteer', path: 'VOLUNTEER', ready: DETAILS },
  { name: 'volunteer-form', path: '/volunteers/new', ready: 'main form input' },
  { name: 'trainings', path: '/trainings', ready: ROWS },
  { name: 'locations', path: '/locations', ready: ROWS },
  { name: 'closures', path: '/closures', ready: ROWS },
  { name: 'resources', path: '/resources', ready: ROWS },
  { name: 'hours', path: '/hours', ready: ROWS },
  { name: 'print-centre', path: '/print', ready: 'main a.print-centre__link' },
  { name: 'funder-report', path: '/print/funder-report', ready: '.print-doc .print-sheet' },
  { name: 'audit-log', path: '/audit', ready: ROWS },
  { name: 'users', path: '/users', ready: ROWS },
  { name: 'settings', path: '/settings', ready: 'main form input' },
  { name: 'backup', path: '/backup', ready: 'main .backup-panel__actions' },
];

type DemoPaths = Record<'GROUP' | 'VOLUNTEER' | 'SESSION', string>;

async function firstLink(page: Page, origin: string, path: string, link: string) {
  await page.goto(`${origin}/#${path}`);
  const anchor = page.locator(link).first();
  await anchor.waitFor();
  return ((await anchor.getAttribute('href')) ?? '').replace(/^#/, '');
}

/** The first group, volunteer and upcoming session of the demo centre. */
export async function findDemoPaths(page: Page, origin: string): Promise<DemoPaths> {
  return {
    GROUP: await firstLink(page, origin, '/groups', 'main tbody th a'),
    VOLUNTEER: await firstLink(page, origin, '/volunteers', 'main tbody a[href*="/volunteers/"]'),
    SESSION: await firstLink(page, origin, '/calendar?view=agenda', SESSION_LINK),
  };
}

/** Opens `screen` and waits for its data, its fonts, and the end of every "Loading…". */
export async function openScreen(page: Page, origin: string, screen: Screen, paths: DemoPaths) {
  const path = paths[screen.path as keyof DemoPaths] ?? screen.path;
  await page.goto(`${origin}/#${path.replace(/^\/?#?/, '/')}`);
  await page.locator(screen.ready).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
  await page.evaluate(() => document.fonts.ready);
}

export interface LayoutProblems {
  /** How far the page scrolls sideways. */
  overflow: number;
  /** A "Loading…" still on screen. */
  isLoading: boolean;
  /**
   * Phone numbers and typed Latin text laid out right to left: "442 900 07700" for
   * "07700 900 442", "Elm Park Lane 13" for "13 Elm Park Lane".
   */
  reversedTexts: string[];
  /** Language names split over two lines or more. */
  brokenLanguageNames: string[];
  /** Table headings and row names broken inside a word ("facilitatio / n"). */
  brokenWords: string[];
}

/** What a translation breaks: measured in the page, in any language and direction. */
export function layoutProblems(page: Page): Promise<LayoutProblems> {
  return page.evaluate(() => {
    const lineCount = (range: Range) =>
      new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
        .size;
    const textNodes = (root: Element) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      return nodes;
    };
    const isLeftToRight = (text: string) =>
      /^\+?\d[\d ]{6,}\d$/.test(text) || /^\d+\s+\p{Script=Latin}/u.test(text);
    const reversedTexts = textNodes(document.body)
      .filter((node) => isLeftToRight((node.textContent ?? '').trim()))
      .filter((node) => getComputedStyle(node.parentElement!).direction === 'rtl')
      .map((node) => (node.textContent ?? '').trim());
    const brokenLanguageNames = [...document.querySelectorAll('.language-switcher__button')]
      .filter((button) => button.getClientRects().length > 0)
      .filter((button) => {
        const range = document.createRange();
        range.selectNodeContents(button);
        return lineCount(range) > 1;
      })
      .map((button) => button.textContent ?? '');
    const brokenWords: string[] = [];
    for (const cell of document.querySelectorAll('main thead th, main tbody th')) {
      for (const node of textNodes(cell)) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[^\s\-–/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (lineCount(range) > 1) brokenWords.push(match[0]);
        }
      }
    }
    return {
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      isLoading: document.querySelector('.loading') !== null,
      reversedTexts,
      brokenLanguageNames,
      brokenWords,
    };
  });
}

/** The problems worth reporting: empty when the screen is fine. */
export function anyProblem(problems: LayoutProblems): Partial<LayoutProblems> {
  return Object.fromEntries(
    Object.entries(problems).filter(([, value]) =>
      Array.isArray(value) ? value.length > 0 : Boolean(value),
    ),
  );
}
