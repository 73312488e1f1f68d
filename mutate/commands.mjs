// @web/test-runner-commands for the tests Karma runs in mutation testing: each command goes to the
// `sekisho-commands` middleware of mutate/karma.conf.cjs, which performs it in this page through the
// Chrome DevTools Protocol (as @web/test-runner does through Playwright).
const command = (name) => async (payload) => {
  const res = await fetch('/__sekisho-command', { method: 'POST', body: JSON.stringify({ name, payload }) })
  if (!res.ok) throw new Error(`${name}: ${await res.text()}`)
}

export const sendKeys = command('send-keys')
export const emulateMedia = command('emulate-media')
export const sendMouse = command('send-mouse')
