/* global document, window, HTMLScriptElement */
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
