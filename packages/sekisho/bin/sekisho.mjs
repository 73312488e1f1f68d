#!/usr/bin/env node
// The `sekisho` command (`npx sekisho --help`): runs @sekisho/cli, which loads each command only
// when it runs (the collector and the browser driver are optional, for serve/export/scan).
import { main } from '@sekisho/cli'

process.exitCode = await main(process.argv.slice(2))
