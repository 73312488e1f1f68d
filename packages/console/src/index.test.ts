import { expect } from 'chai'
import * as api from './index.ts'

describe('@sekisho/console exports', () => {
  it('names exactly the public API', () => {
    expect(Object.keys(api).sort()).to.deep.equal(
      [
        'CONSOLE_CSP',
        'CollectorError',
        'EMPTY_FILTERS',
        'EXPORT_FORMATS',
        'TEXT',
        'TOKEN_KEY',
        'consoleHtml',
        'createConsoleApi',
        'exportFileName',
        'exportQuery',
        'mountConsole',
        'niceScale',
        'statsQuery',
      ].sort(),
    )
  })
})
