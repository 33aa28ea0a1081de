// Starts Reintegra: `node packages/server/src/main.ts [--demo]`.
import { existsSync } from 'node:fs';
import { passwordMinLength, passwordProblem } from '@reintegra/domain';
import { buildApp, defaultWebRoot } from './app.ts';
import { seedDemo } from './demo/seed.ts';
import { refreshedAt, refreshIndicators } from './indicators/refresh.ts';
import { deliverMail, smtpMailer } from './notifications/mail.ts';
import { systemClock } from './platform/clock.ts';
import { configFromEnv } from './platform/config.ts';
import { openDatabase } from './platform/db.ts';
import { sweepOverdueReferrals } from './referrals/reminders.ts';
import { ensureAdministrator } from './users/bootstrap.ts';

const config = configFromEnv(process.env, existsSync(defaultWebRoot) ? defaultWebRoot : null);
const database = await openDatabase(config.database);

const adminPassword = process.env.REINTEGRA_ADMIN_PASSWORD;
const weakPassword = adminPassword ? passwordProblem(adminPassword, 'admin') : null;
if (weakPassword) {
  console.error(
    `REINTEGRA_ADMIN_PASSWORD is refused (${weakPassword.replaceAll('_', ' ')}): use ${passwordMinLength} characters or more, not containing "admin".`,
  );
  await database.close();
  process.exit(1);
}
const admin = await ensureAdministrator(database.db, adminPassword);
if (admin?.temporaryPassword) {
  console.log(`\nFirst start: administrator "${admin.username}" created.`);
  console.log(`One-time password: ${admin.temporaryPassword}  (you will be asked to change it)\n`);
}
if (process.argv.includes('--demo')) await seedDemo(database.db, (line) => console.log(line));

const app = await buildApp({
  database,
  config,
  clock: systemClock,
  log: { level: config.logLevel },
});

// Overdue referrals become tasks: right after start, then every hour, in short transactions.
async function sweep() {
  try {
    let more = true;
    while (more) {
      ({ more } = await database.db.transaction((tx) => sweepOverdueReferrals(tx, systemClock.now())));
    }
  } catch (err) {
    app.log.error({ err }, 'overdue referral sweep failed');
  }
}
const sweeper = setInterval(sweep, 3_600_000);

// The dashboards' figures are rebuilt every hour, and at start when older than that; a user can ask sooner.
const hour = 3_600_000;
async function refreshFigures(onlyIfStale = false) {
  try {
    const at = await refreshedAt(database.db);
    if (onlyIfStale && at && systemClock.now().getTime() - at.getTime() < hour) return;
    await refreshIndicators(database.db, systemClock.now());
  } catch (err) {
    app.log.error({ err }, 'rebuilding the indicators failed');
  }
}
const refresher = setInterval(refreshFigures, hour);

// Notices go out by e-mail only when a mail server is set; each run mails one batch, so a mail server that is down is not hammered.
const mailer = config.mail ? smtpMailer(config.mail) : null;
async function mail() {
  if (!mailer) return;
  try {
    const { sent, failed } = await deliverMail(database.db, mailer, config.publicUrl, systemClock.now());
    if (failed) app.log.warn({ sent, failed }, 'some notices could not be mailed; they are tried again');
  } catch (err) {
    app.log.error({ err }, 'mailing notices failed');
  }
}
const mailing = setInterval(mail, 30_000);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  clearInterval(sweeper);
  clearInterval(mailing);
  clearInterval(refresher);
  app.log.info({ signal }, 'shutting down');
  await app.close();
  // Closing PGlite flushes its files; a hard kill loses nothing acknowledged, but a clean stop is quicker to reopen.
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
if (!config.webRoot)
  app.log.warn('web app not built: serving the API only (run `npm run build -w @reintegra/web`)');
void sweep();
void refreshFigures(true);
const { port } = app.server.address() as { port: number };
console.log(
  `Reintegra ${database.kind === 'pglite' ? 'on its embedded database' : 'on PostgreSQL'}: http://localhost:${port}`,
);
