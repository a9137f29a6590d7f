import { type KeyboardEvent, type RefObject, useCallback, useLayoutEffect } from 'react';

const ITEM_SELECTOR = '[data-toolbar-item]:not(:disabled)';

function listItems(toolbar: HTMLElement): HTMLElement[] {
  return Array.from(toolbar.querySelectorAll<HTMLElement>(ITEM_SELECTOR));
}

/** Makes `target` the toolbar's single Tab stop (WAI-ARIA toolbar pattern: a roving tabindex). */
function makeTabStop(toolbar: HTMLElement, target: HTMLElement | undefined) {
  for (const item of listItems(toolbar)) item.tabIndex = item === target ? 0 : -1;
}

/**
 * Keyboard use of the toolbar: one Tab stop, arrows/Home/End move between buttons, Escape goes
 * back to the text. `focusToolbar` is what Alt+F10 calls from the document.
 */
export function useToolbarKeyboard(toolbarRef: RefObject<HTMLElement | null>, onEscape: () => void) {
  useLayoutEffect(() => {
    const toolbar = toolbarRef.current;
    if (!toolbar) return;
    const items = listItems(toolbar);
    if (!items.some((item) => item.tabIndex === 0)) makeTabStop(toolbar, items[0]);
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const toolbar = toolbarRef.current;
      // Keys typed in a menu opened from the toolbar bubble here through React portals: not ours.
      if (!toolbar?.contains(event.target as Node)) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        onEscape();
        return;
      }
      const items = listItems(toolbar);
      const index = items.indexOf(document.activeElement as HTMLElement);
      if (index < 0) return;
      const next =
        event.key === 'ArrowRight'
          ? items[(index + 1) % items.length]
          : event.key === 'ArrowLeft'
            ? items[(index - 1 + items.length) % items.length]
            : event.key === 'Home'
              ? items[0]
              : event.key === 'End'
                ? items[items.length - 1]
                : undefined;
      if (!next) return;
      event.preventDefault();
      makeTabStop(toolbar, next);
      next.focus();
    },
    [toolbarRef, onEscape],
  );

  const focusToolbar = useCallback(() => {
    const toolbar = toolbarRef.current;
    if (!toolbar) return;
    const items = listItems(toolbar);
    (items.find((item) => item.tabIndex === 0) ?? items[0])?.focus();
  }, [toolbarRef]);

  return { onKeyDown, focusToolbar };
}
