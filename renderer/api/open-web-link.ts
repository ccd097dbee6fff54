// A web link leaves the app: in Electron main opens it in the OS browser (after checking it is
// http(s)); in the browser host it opens in a new tab that cannot reach back to this one.
export async function openWebLink(url: string): Promise<void> {
  const bridge = window.circlekeeper;
  if (bridge) {
    await bridge.openExternal(url);
    return;
  }
  window.open(url, '_blank', 'noopener,noreferrer');
}
