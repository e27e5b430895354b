#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node
// MALLOC_ARENA_MAX: glibc gives each thread that allocates its own malloc arena and returns little
// of it, so over a long run with worker threads the process kept memory it no longer used. With two
// arenas, ten times the Reuters folder (190,430 articles, 2 workers) peaked at 296 MB instead of
// 316-320 MB, the folder itself at 275-281 MB instead of 286-291 MB, at the same CPU time. glibc
// reads it only when the process starts, hence the first line (`env -S`, coreutils 8.30 or later).
import { main } from './program.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
