/**
 * Resolves once the browser has had its say (painting, input, other tasks):
 * `scheduler.yield()` where it exists (its continuation comes before other tasks), else a
 * message-channel task (unlike a timer, neither clamped nor throttled in a background tab).
 */
export const yieldToBrowser = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
};

/**
 * Resolves after the browser's next paint (in the task after its next animation frame): for
 * work that must not delay a paint. Waits while the page is hidden, as animation frames do.
 */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => void yieldToBrowser().then(resolve)));
