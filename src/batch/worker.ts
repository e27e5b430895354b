import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { extractRecord, type ArticleDefaults } from './extractRecord.js';
import { toResult } from './result.js';
import type { PoolReply, PoolRequest } from './pool.js';

// A pool worker: loads the models once (on the first article) and extracts batches of articles
// until closed, answering each batch with one message.
const defaults = workerData as ArticleDefaults;
parentPort!.on('message', ({ batch }: PoolRequest) => {
  const results = batch.map(({ id, input }) => ({ id, result: toResult(extractRecord(input, defaults)) }));
  const reply: PoolReply = { results, heapBytes: getHeapStatistics().total_heap_size };
  parentPort!.postMessage(reply);
});
