import type { Page } from 'playwright-core';

/**
 * Tabs from the form's first field to its save button and returns every stop where the focused
 * element was hidden, even in part, under the sticky save bar or above the window.
 */
export async function focusStopsUnderSaveBar(page: Page, firstField: string): Promise<string[]> {
  await page.getByLabel(firstField, { exact: true }).focus();
  const hidden: string[] = [];
  for (let stop = 0; stop < 80; stop += 1) {
    const seen = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement | null;
      const bar = document.querySelector('.form__actions--sticky');
      if (!focused || !bar) return { isDone: true, isHidden: false, name: '' };
      const isDone = bar.contains(focused);
      const box = focused.getBoundingClientRect();
      const isHidden = !isDone && (box.bottom > bar.getBoundingClientRect().top || box.top < 0);
      const name = focused.getAttribute('name') ?? focused.textContent ?? focused.tagName;
      return { isDone, isHidden, name };
    });
    if (seen.isDone) return hidden;
    if (seen.isHidden) hidden.push(seen.name);
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the save bar');
}
