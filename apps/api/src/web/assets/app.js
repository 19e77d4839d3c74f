/* global document, window, HTMLScriptElement, fetch, DOMParser */
// Progressive enhancement only: every page works without this file. It marks the page as
// able to run GOV.UK Frontend's components, then starts them (CSP: no inline script).
document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported');
  import('/web/govuk/govuk-frontend.min.js').then(({ initAll }) => initAll());
}
for (const button of document.querySelectorAll('[data-app-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
// A page whose content is still being worked out (a check of the whole store) says so with
// data-app-refresh: its region is fetched again every few seconds, and the page is reloaded
// once the work is done. Without JavaScript the region's own link refreshes it.
const live = document.querySelector('[data-app-refresh]');
if (live && live.id) {
  const seconds = Number(live.getAttribute('data-app-refresh')) || 2;
  for (const link of live.querySelectorAll('.app-refresh-link')) link.hidden = true;
  const poll = async () => {
    try {
      const response = await fetch(window.location.pathname, { credentials: 'same-origin' });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const next = page.getElementById(live.id);
      if (!next || !next.hasAttribute('data-app-refresh')) {
        window.location.assign(window.location.pathname);
        return;
      }
      live.innerHTML = next.innerHTML;
      for (const link of live.querySelectorAll('.app-refresh-link')) link.hidden = true;
    } catch {
      // A failed fetch leaves the page as it is; the next turn tries again.
    }
    window.setTimeout(poll, seconds * 1000);
  };
  window.setTimeout(poll, seconds * 1000);
}
