import { afterEach, describe, expect, it } from 'vitest';
import { focusWhenDrawn } from '../focus';

const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

afterEach(() => document.body.replaceChildren());

describe('focusWhenDrawn', () => {
  it('focuses an element drawn some frames after the call, by id', async () => {
    focusWhenDrawn('later');
    await frames(3);
    const element = document.createElement('h1');
    element.id = 'later';
    element.tabIndex = -1;
    document.body.append(element);
    await frames(2);
    expect(document.activeElement).toBe(element);
  });

  it('focuses the element of a ref once the ref holds one in the document', async () => {
    const ref: { current: HTMLElement | null } = { current: null };
    focusWhenDrawn(ref);
    await frames(2);
    const element = document.createElement('button');
    ref.current = element;
    await frames(2);
    expect(document.activeElement).not.toBe(element);
    document.body.append(element);
    await frames(2);
    expect(document.activeElement).toBe(element);
  });
});
