/** jsdom lacks ResizeObserver, which Fluent's TabList uses for its selection indicator. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver: NoopResizeObserver });
}
export {};
