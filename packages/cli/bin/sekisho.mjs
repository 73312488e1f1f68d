#!/usr/bin/env node
// The `sekisho` command: runs the built CLI.
import { main } from '../dist/bin.mjs'

process.exitCode = await main(process.argv.slice(2))
