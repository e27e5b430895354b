import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleInput } from './articles.js';
import { extractRecord, toResult, type ArticleDefaults } from './extractRecord.js';

// A pool worker: loads the models once (on the first article) and extracts articles until closed.
const defaults = workerData as ArticleDefaults;
parentPort!.on('message', (msg: { id: number; input: Extract<ArticleInput, { ok: true }> }) => {
  const result = toResult(extractRecord(msg.input, defaults));
  parentPort!.postMessage({ id: msg.id, result, heapBytes: getHeapStatistics().total_heap_size });
});
