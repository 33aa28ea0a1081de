import type { Actor } from '../platform/actor.ts';

/**
 * Dashboard answers kept between rebuilds of the figures. The fact tables
 * change only when they are rebuilt, so an answer stays right until then:
 * readers with the same reach and filters share it, and readers who ask at
 * the same moment share one computation instead of each scanning the tables.
 *
 * Each answer is kept under the time of the rebuild it was read from, taken
 * from the database, so a server never serves figures older than another
 * server's rebuild; `clear` drops everything at once when this server
 * rebuilds (a test's clock may give two rebuilds the same time).
 */
export class FigureCache<T> {
  private stamp: number | null = null;
  private readonly answers = new Map<string, Promise<T>>();
  private readonly maxAnswers: number;

  constructor(maxAnswers: number) {
    this.maxAnswers = maxAnswers;
  }

  get(rebuiltAt: Date | null, key: string, compute: () => Promise<T>): Promise<T> {
    const stamp = rebuiltAt?.getTime() ?? null;
    if (stamp !== this.stamp) {
      this.answers.clear();
      this.stamp = stamp;
    }
    const kept = this.answers.get(key);
    if (kept) {
      // Least recently read goes first: a read moves its answer to the end.
      this.answers.delete(key);
      this.answers.set(key, kept);
      return kept;
    }
    const answer = compute();
    this.answers.set(key, answer);
    // A failed computation is not kept: the next reader tries again.
    answer.catch(() => {
      if (this.answers.get(key) === answer) this.answers.delete(key);
    });
    if (this.answers.size > this.maxAnswers) {
      const oldest = this.answers.keys().next().value as string;
      this.answers.delete(oldest);
    }
    return answer;
  }

  clear(): void {
    this.answers.clear();
  }

  get size(): number {
    return this.answers.size;
  }
}

/**
 * What decides which rows an actor's figures count (platform/scope.ts
 * withinScope): two users with the same reach see the same figures.
 */
export function reachKey(actor: Actor): string {
  switch (actor.scope) {
    case 'all':
      return 'all';
    case 'mission':
      return `mission:${actor.missionId}`;
    case 'office':
      return `office:${actor.officeId}`;
    case 'own':
      return `own:${actor.userId}`;
  }
}
