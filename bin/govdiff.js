#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
import { main } from '../dist/cli/main.js';

process.stdout.on('error', (e) => {
  // output piped into head or less that closed early is not an error
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
await main(process.argv.slice(2));
