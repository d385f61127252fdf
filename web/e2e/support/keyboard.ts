import { expect, type Locator, type Page } from '@playwright/test';

/** How the focused element shows its focus: its outline, a box shadow or a pseudo-element's ring, as computed. */
export async function focusIndicator(page: Page): Promise<{ element: string; visible: boolean; style: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { element: 'body', visible: false, style: '' };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    // Some HDS controls (the toggle) draw their focus ring as a border of a pseudo-element.
    const ring = ['::before', '::after'].some((pseudo) => {
      const p = getComputedStyle(element, pseudo);
      return p.borderStyle !== 'none' && parseFloat(p.borderWidth) >= 2 && p.borderColor !== 'rgba(0, 0, 0, 0)';
    });
    const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    return {
      element: name,
      visible: outline || shadow || ring,
      style: `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow ${style.boxShadow}`,
    };
  });
}

export const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluate((element) => element === document.activeElement);

export interface TabOptions {
  /** Shift+Tab instead of Tab */
  back?: boolean;
  /** presses before giving up */
  max?: number;
  /** check, at each press, that the element that got focus shows it */
  focusVisible?: boolean;
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus: the keyboard's way to any control. Nothing is pressed when
 * it has focus already; fails after `max` presses.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { back = false, max = 300, focusVisible = false }: TabOptions = {},
): Promise<void> {
  await target.waitFor({ state: 'attached' });
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (focusVisible) {
      const indicator = await focusIndicator(page);
      expect(indicator.visible, `focus is visible on ${indicator.element} (${indicator.style})`).toBe(true);
    }
  }
  if (await isFocused(target)) return;
  throw new Error(`${String(target)} not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Presses `key` `times` times. */
export async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}
