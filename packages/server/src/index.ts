// @sekisho/server: holds in the HTML, before it leaves the server, what no page script can hold.
export { createSekishoServer, type ServerOptions, type SekishoServer } from './serve/server.ts'
export { sekishoMiddleware } from './serve/connect.ts'
export { sekishoResponse, withSekisho } from './serve/fetch.ts'
export { createMarkup, markupHtml, type Markup, type MarkupChange, type MarkupOptions } from './markup/markup.ts'
export {
  contentSecurityPolicy,
  DEFAULT_POLICY,
  MANAGED,
  type ConsentRequest,
  type CspOptions,
} from './csp/policy.ts'
