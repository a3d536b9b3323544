import { html, type ComplexAttributeConverter, type TemplateResult } from 'lit';
import { emitDisclosure, type DisclosureEventName } from '../../internal/disclosure-events.js';
import { heading } from './footer-view.js';

/** The footer's groups that collapse on narrow footers, in the order they show. */
export const footerGroups = ['hours', 'contacts'] as const;

/** A collapsible group of the footer: `hours` (the working hours) or `contacts` (the directory). */
export type FooterGroup = (typeof footerGroups)[number];

export const isFooterGroup = (value: unknown): value is FooterGroup =>
  (footerGroups as readonly unknown[]).includes(value);

/** The known groups among `groups`, once each, in the footer's order. */
export const normalizeGroups = (groups: Iterable<unknown>): readonly FooterGroup[] => {
  const given = new Set(groups);
  return footerGroups.filter((group) => given.has(group));
};

/**
 * `open-groups` as a space-separated list of group names, like `class`: unknown names are
 * ignored (bad input never throws), and an empty list removes the attribute.
 */
export const groupListConverter: ComplexAttributeConverter<readonly FooterGroup[]> = {
  fromAttribute: (value) => normalizeGroups((value ?? '').split(/\s+/u)),
  toAttribute: (groups) => (groups.length ? groups.join(' ') : null),
};

/** Whether two lists name the same groups (in any order), so that an equal list is no change. */
export const sameGroups = (
  a: readonly FooterGroup[] | undefined,
  b: readonly FooterGroup[] | undefined,
): boolean => {
  const left = normalizeGroups(a ?? []);
  const right = normalizeGroups(b ?? []);
  return left.length === right.length && left.every((group, index) => group === right[index]);
};

/**
 * Dispatches from `host` the cancelable muni-show / muni-hide of each group that `wanted` opens
 * or closes against `before`, in the footer's order, before the change is rendered. Returns the
 * groups open once the listeners have had their say (a cancelled change is undone, so it never
 * shows) and the muni-after-* events to dispatch once the rest is rendered.
 */
export const announceGroups = (
  host: HTMLElement,
  before: readonly FooterGroup[],
  wanted: readonly FooterGroup[],
): { open: readonly FooterGroup[]; after: Array<readonly [DisclosureEventName, FooterGroup]> } => {
  const open = new Set(before);
  const after: Array<readonly [DisclosureEventName, FooterGroup]> = [];
  for (const group of footerGroups) {
    const opening = wanted.includes(group);
    if (opening === open.has(group)) continue;
    if (!emitDisclosure(host, opening ? 'muni-show' : 'muni-hide', group)) continue;
    if (opening) open.add(group);
    else open.delete(group);
    after.push([opening ? 'muni-after-show' : 'muni-after-hide', group]);
  }
  return { open: normalizeGroups(open), after };
};

export interface GroupOptions {
  readonly group: FooterGroup;
  /** The group's `part`. */
  readonly part: string;
  readonly title: string;
  readonly body: TemplateResult;
  readonly level: number;
  /** Narrow footer: the group collapses behind a button. */
  readonly collapsible: boolean;
  /** Open (only read when collapsible). */
  readonly open: boolean;
  /** The button was pressed. */
  readonly onToggle: (group: FooterGroup) => void;
}

/**
 * A group under a heading. Collapsible: the heading holds a button that shows and hides the
 * group (the APG accordion pattern, so the heading stays a heading). Otherwise the heading is
 * plain text and the group always shows.
 */
export const groupTemplate = (options: GroupOptions): TemplateResult => {
  const { group, collapsible } = options;
  const open = !collapsible || options.open;
  const bodyId = `${group}-body`;
  const content = collapsible
    ? html`<button
        type="button"
        class="toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${bodyId}
        @click=${() => options.onToggle(group)}
      >
        <span>${options.title}</span><span class="chevron" aria-hidden="true"></span>
      </button>`
    : options.title;
  return html`<div class="group ${group}" part=${options.part}>
    ${heading(options.level, content, 'group-heading')}
    <div class="group-body ${open ? '' : 'collapsed'}" id=${bodyId}>${options.body}</div>
  </div>`;
};
