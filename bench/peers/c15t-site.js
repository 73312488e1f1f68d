// The site code a vanilla (non-React) site deploys with c15t: the headless `c15t` runtime (offline
// mode: no c15t backend in the bench), its script loader holding the tags, and the plain-DOM banner
// and preferences dialog of c15t's "Building UI" guide. bench/run.mjs bundles it with esbuild
// (minified, like a site's build) into one deferred script. @c15t/react is not used: its prebuilt UI
// needs React, which a non-React site would not ship for a banner.
import { getOrCreateConsentRuntime } from 'c15t'

const { consentStore } = getOrCreateConsentRuntime({
  mode: 'offline',
  consentCategories: ['necessary', 'measurement', 'marketing'],
  scripts: __BENCH_SCRIPTS__,
})

const css = `#consent-banner,#consent-dialog{position:fixed;z-index:99;left:1rem;right:1rem;bottom:1rem;max-width:36rem;
background:#fff;color:#222;border:1px solid #ccc;border-radius:8px;padding:1rem;font:15px/1.5 system-ui,sans-serif}
#consent-banner button,#consent-dialog button{margin:.25rem;padding:.5rem 1rem}`
document.head.appendChild(document.createElement('style')).textContent = css

const el = (html, id) => {
  const div = document.createElement('div')
  div.id = id
  div.setAttribute('role', 'dialog')
  div.setAttribute('aria-label', 'Cookie consent')
  div.innerHTML = html
  div.style.display = 'none'
  document.body.appendChild(div)
  return div
}
const banner = el(
  `<p>${__BENCH_TEXT__}</p><div><button id="consent-accept">Accept all</button>
<button id="consent-reject">Reject all</button><button id="consent-customize">Settings</button></div>`,
  'consent-banner',
)
const dialog = el(
  `<h2>Cookie settings</h2>${['measurement', 'marketing']
    .map((c) => `<label><input type="checkbox" data-category="${c}"> ${c}</label><br>`)
    .join('')}<button id="consent-save">Save</button>`,
  'consent-dialog',
)
const store = () => consentStore.getState()
banner.querySelector('#consent-accept').addEventListener('click', () => store().saveConsents('all'))
banner.querySelector('#consent-reject').addEventListener('click', () => store().saveConsents('necessary'))
banner.querySelector('#consent-customize').addEventListener('click', () => store().setActiveUI('dialog'))
for (const box of dialog.querySelectorAll('input'))
  box.addEventListener('change', () => store().setSelectedConsent(box.dataset.category, box.checked))
dialog.querySelector('#consent-save').addEventListener('click', () => store().saveConsents('custom'))

const show = (state) => {
  banner.style.display = state.activeUI === 'banner' ? 'block' : 'none'
  dialog.style.display = state.activeUI === 'dialog' ? 'block' : 'none'
}
consentStore.subscribe(show)
show(store())
