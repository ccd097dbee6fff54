// jsdom has no CSS.escape, which react-aria's modals call; the names it escapes are plain words.
if (typeof globalThis.CSS === 'undefined') {
  globalThis.CSS = { escape: (value: string) => value.replace(/["\\]/g, '\\$&') } as typeof CSS;
}
