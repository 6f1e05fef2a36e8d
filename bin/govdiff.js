#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
import { main } from '../dist/cli/main.js';
import { guardStdout } from '../dist/cli/output.js';

// a closed pipe (| head) ends the run quietly; a full disk is one line on stderr, not a stack trace
guardStdout();
await main(process.argv.slice(2));
