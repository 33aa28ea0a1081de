// The versions of the survey the system knows. A new version is a new data
// file listed here; rounds keep the version they were taken with, so their
// answers are always read and scored against their own questions.
import type { RssInstrument } from './instrument.ts';
import { rss2019 } from './rss-2019.ts';

export const rssInstruments: readonly RssInstrument[] = [rss2019];

/** The version new rounds are taken with. */
export const currentInstrument: RssInstrument = rss2019;

export function instrumentOf(id: string, version: number): RssInstrument | undefined {
  return rssInstruments.find((i) => i.id === id && i.version === version);
}
