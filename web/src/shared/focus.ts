import type { RefObject } from 'react';

/** How long to look for an element that a state change is about to draw. */
const LOOK_FOR_MS = 2000;

/**
 * Moves focus to an element that a state change in an event handler is about to draw (a message, a new row, the
 * next step's heading). React may draw it a frame or more after the handler, later still on a slow phone or a
 * loaded machine, so this looks for it on each animation frame until it is in the document, for up to two seconds.
 * `target` is an element id or a ref.
 */
export function focusWhenDrawn(target: string | RefObject<HTMLElement | null>): void {
  const until = performance.now() + LOOK_FOR_MS;
  const attempt = () => {
    const element = typeof target === 'string' ? document.getElementById(target) : target.current;
    if (element?.isConnected) element.focus();
    else if (performance.now() < until) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
