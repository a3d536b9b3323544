/*
 * Hydration of server-rendered elements, through Lit's public hydration support only
 * (`@lit-labs/ssr-client/lit-element-hydrate-support.js`): what the server rendered (read from
 * the host before hydrating), and the controller that keeps an element `defer-hydration` until
 * the scheduler says (hydration-scheduler.ts), then hydrates it with what the server rendered,
 * or renders it from scratch when the browser's data says something else.
 */
import { adoptStyles, isServer, type LitElement, type ReactiveController } from 'lit';
import { hydrateNow, hydrateWhenNeeded, inTurn } from './hydration-scheduler.js';
import {
  deferHydrationAttribute,
  renderedAtAttribute,
  renderedDataAttribute,
  renderedLangAttribute,
} from './server-context.js';

/** What a server-rendered element showed, read from its host and shadow root before hydrating. */
export interface ServerRendering {
  /** The state the server rendered; hydration must render the same one. */
  readonly kind: 'content' | 'error' | 'loading';
  /** The language the server rendered in (`rendered-lang`). */
  readonly language: string | null;
  /** The instant time-dependent parts were rendered for (`rendered-at`). */
  readonly at: Date | undefined;
  /** The fingerprint of the document the server rendered (`rendered-data`). */
  readonly data: string | null;
  /** The `lang` and `dir` the server put on the shadow content (see `languageMarks`). */
  readonly marks: LanguageMarks;
}

/** `lang` and `dir` of the shadow content, where they differ from the page's. */
export interface LanguageMarks {
  readonly lang: string | undefined;
  readonly dir: string | undefined;
}

export const noMarks: LanguageMarks = { lang: undefined, dir: undefined };

export const serverAttributes = [
  renderedLangAttribute,
  renderedAtAttribute,
  renderedDataAttribute,
] as const;

/**
 * Whether Lit's hydration support (`@lit-labs/ssr-client/lit-element-hydrate-support.js`,
 * loaded before lit) is installed: it adds `defer-hydration` to every LitElement's observed
 * attributes.
 */
export const hydrationSupported = (element: LitElement): boolean =>
  (element.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');

export const readServerRendering = (element: HTMLElement, root: ShadowRoot): ServerRendering => {
  const at = element.getAttribute(renderedAtAttribute);
  const date = at === null ? undefined : new Date(at);
  const wrapper = [...root.children].find((child) => child.classList.contains('in-language'));
  return {
    marks: {
      lang: wrapper?.getAttribute('lang') ?? undefined,
      dir: wrapper?.getAttribute('dir') ?? undefined,
    },
    kind: root.querySelector('[role="alert"]')
      ? 'error'
      : root.querySelector('.loading')
        ? 'loading'
        : 'content',
    language: element.getAttribute(renderedLangAttribute),
    at: date && !Number.isNaN(date.getTime()) ? date : undefined,
    data: element.getAttribute(renderedDataAttribute),
  };
};

/** What the element would render now, for comparison with what the server rendered. */
export interface BrowserState {
  readonly kind: ServerRendering['kind'];
  /** The fingerprint of the loaded document, if any. */
  readonly data: string | undefined;
}

/** The element's own styles, adopted as a client-rendered element's are. */
const adoptOwnStyles = (host: LitElement, root: ShadowRoot): void =>
  adoptStyles(root, (host.constructor as typeof LitElement).elementStyles);

/**
 * Hydrates a server-rendered element (one that arrives with a declarative shadow root) when it
 * is needed. Its host calls `connect` from `connectedCallback` before Lit's, `disconnect` from
 * `disconnectedCallback`, and `renderRoot` from `createRenderRoot`.
 *
 * The first update after hydration renders exactly what the server rendered (`rendering`: same
 * language, same instant, the wide layout), so that Lit hydrates the same DOM; the next, in a
 * turn of its own (`liveStatePending`, see the host's `scheduleUpdate`), brings in the live
 * state. Elements without a server rendering are not touched: they render as usual.
 */
export class HydrationController implements ReactiveController {
  /** True during the update that hydrates the server-rendered shadow root. */
  hydrating = false;
  /** Set once hydrated, until the live state is rendered (the rendered-* attributes stay meanwhile). */
  liveStatePending = false;
  private server: ServerRendering | undefined;
  /** The browser's data differs from the server's: render from scratch instead. */
  private abandoned = false;
  private stopWaiting: (() => void) | undefined;
  private firstUpdated: (() => void) | undefined;

  constructor(
    private readonly host: LitElement,
    /** Starts loading the data, unless it has; resolves when it has a result (content or failure). */
    private readonly load: () => Promise<void>,
    private readonly state: () => BrowserState,
    /** Whether the server's content is final (see `finalWhenPrerendered`): hydrate only when needed. */
    private readonly final: boolean,
  ) {
    host.addController(this);
  }

  /** What the server rendered, while hydrating it. */
  get rendering(): ServerRendering | undefined {
    return this.hydrating ? this.server : undefined;
  }

  /**
   * Keeps a server-rendered element waiting until it is needed. True when its data, too, waits
   * until then (final content); else its host loads it at once.
   */
  connect(): boolean {
    const host = this.host;
    if (isServer || host.hasUpdated) return false;
    const root = host.shadowRoot;
    if (!this.server) {
      if (root === null) return false;
      if (!hydrationSupported(host)) {
        // Without Lit's hydration support the element renders from scratch (the attribute is inert).
        root.replaceChildren();
        host.removeAttribute(deferHydrationAttribute);
        return false;
      }
      this.server = readServerRendering(host, root);
      // HTML from an older renderer, without the attribute, waits as well.
      if (!host.hasAttribute(deferHydrationAttribute))
        host.setAttribute(deferHydrationAttribute, '');
    }
    const server = this.server;
    const lazy = this.final && server.kind === 'content';
    if (!host.hasAttribute(deferHydrationAttribute) || this.stopWaiting) return lazy;
    // Content hydrates with the data it was rendered from; a loading or error state need not wait.
    const load = () => (server.kind === 'content' ? this.load() : Promise.resolve());
    this.stopWaiting = hydrateWhenNeeded(host, load, () => this.hydrate(), { lazy });
    return lazy;
  }

  /** The page changed the element's data source: it hydrates now (or renders from scratch). */
  need(): void {
    if (this.stopWaiting) hydrateNow(this.host);
  }

  disconnect(): void {
    this.stopWaiting?.();
    this.stopWaiting = undefined;
  }

  /** The shadow root emptied, when hydration was abandoned; else undefined (Lit's own). */
  renderRoot(): ShadowRoot | undefined {
    const root = this.host.shadowRoot;
    if (!this.abandoned || !root) return undefined;
    // Not Lit's createRenderRoot: with the hydration support it would hydrate the server's DOM.
    this.abandoned = false;
    root.replaceChildren();
    adoptOwnStyles(this.host, root);
    return root;
  }

  /**
   * Connects the element (Lit's hydration support does, as the attribute goes); resolves after
   * its first update, which Lit runs in a microtask.
   */
  private hydrate(): Promise<void> | undefined {
    this.stopWaiting = undefined;
    const host = this.host;
    const server = this.server;
    if (!server || !host.hasAttribute(deferHydrationAttribute)) return undefined;
    const updated = new Promise<void>((resolve) => (this.firstUpdated = resolve));
    const now = this.state();
    // Another document than the server's (the data file changed since the HTML was made), or
    // another state: hydrating would keep the server's text, so render from scratch.
    const otherData = now.kind === 'content' && server.data !== null && now.data !== server.data;
    if (now.kind !== server.kind || otherData) {
      this.abandoned = true;
      this.server = undefined;
      for (const name of serverAttributes) host.removeAttribute(name);
    } else {
      this.hydrating = true;
    }
    host.removeAttribute(deferHydrationAttribute);
    return updated;
  }

  hostUpdated(): void {
    const host = this.host;
    this.firstUpdated?.();
    this.firstUpdated = undefined;
    if (this.liveStatePending && !this.hydrating) {
      // The live state is rendered: the element no longer shows what the server rendered. (The
      // attributes go in the same update, before the browser paints: some styles key on them,
      // such as the phone's mega-menu, which shows its Menu button by them until it is live.)
      this.liveStatePending = false;
      for (const name of serverAttributes) host.removeAttribute(name);
    }
    if (!this.hydrating) return;
    this.hydrating = false;
    this.server = undefined;
    // The server's <style> (or <link rel="stylesheet">) gives way to the element's own styles,
    // adopted as constructed stylesheets as for a client-rendered element (which a strict CSP
    // allows, unlike an inline <style>).
    const root = host.shadowRoot!;
    for (const child of [...root.children])
      if (child.localName === 'style' || child.localName === 'link') child.remove();
    adoptOwnStyles(host, root);
    // Now the live state: the page's language, the current time, the element's width, in a
    // turn of its own. Until then the element shows what the server rendered, as before.
    this.liveStatePending = true;
    queueMicrotask(() => host.requestUpdate());
  }

  /** Runs an update in a turn of its own while the live state is pending (see the host's `scheduleUpdate`). */
  schedule<T>(update: () => T): T | Promise<T> {
    return this.liveStatePending ? inTurn(update) : update();
  }
}
