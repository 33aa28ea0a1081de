import { describe, expect, it } from 'vitest';
import { nonSubstantiveKinds, type RssQuestion, type Texts } from './instrument.ts';
import { rss2019 } from './rss-2019.ts';

const questions = rss2019.questions;
const byId = new Map(questions.map((q) => [q.id, q]));
const scored = (q: RssQuestion) => q.options.some((o) => o.value !== undefined);

/** Every text of the instrument, with where it sits, so a failure names the culprit. */
function allTexts(): [string, Texts][] {
  const texts: [string, Texts][] = [
    ['title', rss2019.title],
    ['consentPrompt', rss2019.consentPrompt],
    ...rss2019.profile.map((f): [string, Texts] => [`profile.${f.id}`, f.label]),
    ...rss2019.departures.map((d, i): [string, Texts] => [`departures.${i}`, d]),
  ];
  for (const q of questions) {
    texts.push([`${q.id}.text`, q.text]);
    for (const key of ['guidance', 'definition', 'note'] as const) {
      const t = q[key];
      if (t) texts.push([`${q.id}.${key}`, t]);
    }
    for (const [i, item] of (q.items ?? []).entries()) texts.push([`${q.id}.items.${i}`, item]);
    for (const o of q.options) texts.push([`${q.id}.${o.code}`, o.label]);
    if (q.followUp) {
      texts.push([`${q.id}.followUp.prompt`, q.followUp.prompt]);
      for (const o of q.followUp.options) texts.push([`${q.id}.followUp.${o.code}`, o.label]);
    }
  }
  return texts;
}

describe('RSS 2019 instrument', () => {
  it('has 32 questions numbered 1-32, in order', () => {
    expect(questions.map((q) => q.number)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(questions.map((q) => q.id)).toEqual(Array.from({ length: 32 }, (_, i) => `q${i + 1}`));
  });

  it('puts Q1-10 in economic, Q11-21 in social and Q22-32 in psychosocial', () => {
    const numbersIn = (d: string) => questions.filter((q) => q.dimension === d).map((q) => q.number);
    expect(numbersIn('economic')).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(numbersIn('social')).toEqual(Array.from({ length: 11 }, (_, i) => i + 11));
    expect(numbersIn('psychosocial')).toEqual(Array.from({ length: 11 }, (_, i) => i + 22));
  });

  it('has every text in English and French', () => {
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(250);
    for (const [where, t] of texts) {
      expect(t.en.trim(), where).not.toBe('');
      expect(t.fr?.trim() ?? '', where).not.toBe('');
    }
  });

  it('reads the consent prompt in three paragraphs', () => {
    expect(rss2019.consentPrompt.en.split('\n\n')).toHaveLength(3);
    expect(rss2019.consentPrompt.fr?.split('\n\n')).toHaveLength(3);
  });

  it('has unique option codes within each question and its follow-up', () => {
    for (const q of questions) {
      const codes = q.options.map((o) => o.code);
      expect(new Set(codes).size, q.id).toBe(codes.length);
      for (const code of codes) expect(code, q.id).toMatch(/^[a-z]+(_[a-z]+)*$/);
      const followUpCodes = q.followUp?.options.map((o) => o.code) ?? [];
      expect(new Set(followUpCodes).size, q.id).toBe(followUpCodes.length);
    }
  });

  it('names non-substantive options the same way everywhere', () => {
    for (const q of questions) {
      for (const o of q.options) {
        if (o.kind) expect(o.code, q.id).toBe(o.kind);
        if ((nonSubstantiveKinds as readonly string[]).includes(o.code)) expect(o.kind, q.id).toBe(o.code);
      }
    }
  });

  it('gives values within [0, 1], never on a non-substantive answer', () => {
    for (const q of questions) {
      for (const o of q.options) {
        if (o.kind && (nonSubstantiveKinds as readonly string[]).includes(o.kind)) {
          expect(o.value, `${q.id}.${o.code}`).toBeUndefined();
        }
        if (o.value !== undefined) {
          expect(o.value, `${q.id}.${o.code}`).toBeGreaterThanOrEqual(0);
          expect(o.value, `${q.id}.${o.code}`).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('values every substantive answer of a scored question, from a best of 1 to a worst of 0', () => {
    for (const q of questions.filter(scored)) {
      const values = q.options.filter((o) => !o.kind).map((o) => o.value);
      expect(values, q.id).not.toContain(undefined);
      expect(values, q.id).toContain(1);
      expect(values, q.id).toContain(0);
    }
  });

  it('scores every question but Q10, Q31 (information) and Q21 (worked out)', () => {
    expect(questions.filter((q) => !scored(q)).map((q) => q.id)).toEqual(['q10', 'q21', 'q31']);
  });

  it('reads "Very often" as worst for food cuts, borrowing and family tension, best for invitations', () => {
    const value = (id: string, code: string) => byId.get(id)?.options.find((o) => o.code === code)?.value;
    for (const id of ['q2', 'q4', 'q26'])
      expect([value(id, 'very_often'), value(id, 'never')], id).toEqual([0, 1]);
    expect([value('q22', 'very_often'), value('q22', 'never')]).toEqual([1, 0]);
    expect(value('q5', 'debt_larger')).toBeLessThan(value('q5', 'spending_larger') ?? 0);
  });

  it('asks only after answers that exist', () => {
    const conditional = questions.filter((q) => q.askedWhen);
    expect(conditional.map((q) => q.id)).toEqual(['q10', 'q31']);
    for (const q of conditional) {
      const rule = q.askedWhen;
      if (!rule) continue;
      const target = byId.get(rule.question);
      expect(target, q.id).toBeDefined();
      expect(target?.number ?? Infinity, q.id).toBeLessThan(q.number);
      for (const code of rule.anyOf)
        expect(
          target?.options.map((o) => o.code),
          q.id,
        ).toContain(code);
    }
  });

  it('works Q21 out of questions that exist and are scored', () => {
    const q21 = byId.get('q21');
    expect(q21?.meanOf).toEqual(['q13', 'q15', 'q17', 'q18', 'q19']);
    expect(q21?.options).toEqual([]);
    for (const id of q21?.meanOf ?? []) {
      const source = byId.get(id);
      expect(source, id).toBeDefined();
      if (source) expect(scored(source), id).toBe(true);
    }
  });

  it('shows follow-ups after answers that exist', () => {
    for (const q of questions.filter((q) => q.followUp)) {
      for (const code of q.followUp?.when ?? [])
        expect(
          q.options.map((o) => o.code),
          q.id,
        ).toContain(code);
    }
  });

  it('weighs Q2, Q25 and Q30 more, and only those', () => {
    expect(questions.filter((q) => q.weighsMore).map((q) => q.id)).toEqual(['q2', 'q25', 'q30']);
  });

  it('takes several answers only in Q8, Q10 and Q32', () => {
    expect(questions.filter((q) => q.select === 'all').map((q) => q.id)).toEqual(['q8', 'q10', 'q32']);
  });

  it('marks as exclusive only options of select-all questions', () => {
    for (const q of questions.filter((q) => q.select === 'one')) {
      expect(
        q.options.filter((o) => o.exclusive),
        q.id,
      ).toEqual([]);
    }
    const exclusive = (id: string) =>
      byId
        .get(id)
        ?.options.filter((o) => o.exclusive)
        .map((o) => o.code);
    expect(exclusive('q8')).toEqual(['no', 'declined']);
    expect(exclusive('q32')).toEqual(['no_one']);
  });

  it('has a profile with unique ids', () => {
    const ids = rss2019.profile.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(17);
  });
});
