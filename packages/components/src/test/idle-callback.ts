import sinon from 'sinon';

/**
 * Replaces `requestIdleCallback` with a stub calling `fake`, also in a browser that has none
 * (WebKit, Safari); `sinon.restore()` puts back what was there, or removes it again.
 */
export const stubIdleCallback = (
  fake: (callback: IdleRequestCallback, options?: IdleRequestOptions) => number,
): sinon.SinonStub => {
  const stub = sinon.stub().callsFake(fake);
  if ('requestIdleCallback' in window) sinon.replace(window, 'requestIdleCallback', stub);
  else sinon.define(window, 'requestIdleCallback', stub);
  return stub;
};
