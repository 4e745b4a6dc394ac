import { SqliteStore } from '../src/store/sqlite/index.js';
import { reconnect } from '../src/service/connected.js';
const store = new SqliteStore(process.argv[2]!);
const ids = (await store.listArticles({ limit: 20, offset: Number(process.argv[3] ?? 500) })).map((a) => a.id);
const origLoad = store.getReading.bind(store);
let loads = 0;
store.getReading = async (id: string) => { loads++; return origLoad(id); };
for (const id of ids.slice(0, 5)) {
  loads = 0;
  const t = performance.now();
  await store.transaction((tx) => reconnect(tx, [id]));
  console.log(id, (performance.now() - t).toFixed(0), 'ms', loads, 'readings');
}
await store.close();
