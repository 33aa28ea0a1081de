// `npm run audit:verify`: walks the audit chain of the configured database and
// prints the first broken link. Exit code 0 when intact, 1 when broken.
import { configFromEnv } from '../platform/config.ts';
import { openDatabase } from '../platform/db.ts';
import { verifyChain } from './log.ts';

const config = configFromEnv(process.env, null);
const database = await openDatabase(config.database);
try {
  const report = await verifyChain(database.db, (n) => process.stderr.write(`\rchecked ${n} events`));
  process.stderr.write('\n');
  if (report.ok) {
    console.log(`audit chain intact: ${report.checked} events`);
  } else {
    console.log(`audit chain BROKEN at event ${report.firstBroken?.seq}: ${report.firstBroken?.reason}`);
    console.log(`(${report.checked} events before it verified)`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
