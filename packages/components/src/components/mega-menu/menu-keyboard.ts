/** What the keyboard handling needs from the menu. */
export interface KeyboardHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The drawer layout: panels are an accordion there, without arrow keys inside them. */
  readonly compact: boolean;
  /** Index of the open section, -1 when none is. */
  readonly openIndex: number;
  /** Opens the section at `index` (-1: closes), through the cancelable events; true if it happened. */
  setOpenIndex(index: number): Promise<boolean>;
}

const toggleAt = (host: KeyboardHost, index: number): HTMLElement | null =>
  host.renderRoot.querySelector(`.toggle[data-index="${index}"]`);

const panelLinks = (panel: HTMLElement): HTMLElement[] => [
  ...panel.querySelectorAll<HTMLElement>('a[href]'),
];

/**
 * What native `<details>` cannot do, added once the script runs: Escape closes the open panel
 * and returns focus to its summary; Left/Right (swapped in right-to-left text) and Home/End move
 * between the top-level sections; Down on a summary opens its panel and moves into it; Up/Down,
 * Home/End move between a panel's links. Enter and Space stay the summary's own.
 */
export const onMenuKeyDown = (host: KeyboardHost, event: KeyboardEvent): void => {
  const target = event.composedPath()[0] as HTMLElement;
  const key = event.key;
  if (key === 'Escape') {
    // In the drawer, Escape closes the whole dialog (the dialog's own cancel behaviour).
    if (host.compact || host.openIndex < 0) return;
    const toggle = toggleAt(host, host.openIndex);
    event.preventDefault();
    void host.setOpenIndex(-1).then((closed) => closed && toggle?.focus());
    return;
  }
  const moveTo = (element: HTMLElement | null | undefined) => {
    if (!element) return;
    event.preventDefault();
    element.focus();
  };
  if (target.matches('.top-link, .toggle')) {
    const stops = [...host.renderRoot.querySelectorAll<HTMLElement>('.stop')];
    // A hybrid section's link moves like its summary (in the <details> beside it): one stop per section.
    const stop = target.matches('.stop')
      ? target
      : target.nextElementSibling?.querySelector<HTMLElement>('.stop');
    const position = stops.indexOf(stop!);
    const rtl = target.matches(':dir(rtl)');
    if (key === 'Home') return moveTo(stops[0]);
    if (key === 'End') return moveTo(stops.at(-1));
    if (key === (rtl ? 'ArrowLeft' : 'ArrowRight')) return moveTo(stops[position + 1]);
    if (key === (rtl ? 'ArrowRight' : 'ArrowLeft')) return moveTo(stops[position - 1]);
    if (key === 'ArrowDown' && !host.compact && target.matches('.toggle')) {
      event.preventDefault();
      const panel = target.nextElementSibling as HTMLElement;
      void host
        .setOpenIndex(Number(target.dataset.index))
        .then((opened) => opened && panelLinks(panel)[0]?.focus());
    }
    return;
  }
  const panel = target.closest<HTMLElement>('.panel');
  if (!panel || host.compact) return;
  const links = panelLinks(panel);
  const position = links.indexOf(target);
  if (key === 'ArrowDown') return moveTo(links[position + 1]);
  if (key === 'ArrowUp')
    return moveTo(
      position === 0 ? toggleAt(host, Number(panel.dataset.index)) : links[position - 1],
    );
  if (key === 'Home') return moveTo(links[0]);
  if (key === 'End') return moveTo(links.at(-1));
};
