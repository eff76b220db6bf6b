/**
 * The bot as a separate process, for fault tests and benchmarks: `startShifan()` as src/main.ts
 * runs it, plus two test-only knobs read from the environment: SHIFAN_LOAD_COUNTIES (the
 * programme with synthetic counties, see load-roster.ts) and SHIFAN_FIXED_NOW (a clock that
 * stays at that instant, so deadlines and report periods do not depend on the day the test runs).
 */
import { ManualClock } from '../../src/core/clock.ts';
import { startShifan } from '../../src/main.ts';
import { loadProgrammeWith } from './load-roster.ts';

const counties = Number(process.env.SHIFAN_LOAD_COUNTIES ?? 0);
const fixedNow = process.env.SHIFAN_FIXED_NOW;
const shifan = await startShifan({
  ...(counties > 0 ? { programme: loadProgrammeWith(counties) } : {}),
  ...(fixedNow ? { clock: new ManualClock(fixedNow) } : {}),
});
process.stdout.write(`READY ${shifan.port}\n`);
const shutdown = async () => {
  await shifan.stop();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
