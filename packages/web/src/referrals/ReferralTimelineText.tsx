import { consentExceptions, referralStatuses, shareableFields } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../api/types.ts';
import { useDates } from '../ui/format.ts';

/** One of a list of known words, or null: details are free-form on the wire. */
const oneOf = <T extends string>(list: readonly T[], value: unknown): T | null =>
  list.find((x) => x === value) ?? null;

/** A referral event of the case history (packages/server/src/referrals records them) in words. */
export function ReferralTimelineText({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const dates = useDates();
  const d = event.details;
  switch (event.kind) {
    case 'referral_drafted':
      return (
        <>{t('referrals.timeline.drafted', { service: typeof d.service === 'string' ? d.service : '' })}</>
      );
    case 'referral_sent': {
      const fields = (Array.isArray(d.fields) ? d.fields : [])
        .map((f) => oneOf(shareableFields, f))
        .filter((f) => f !== null)
        .map((f) => t(`referrals.fields.${f}`))
        .join(', ');
      const exception = oneOf(consentExceptions, d.consentException);
      return (
        <>
          {t('referrals.timeline.sent', { fields })}
          {exception &&
            ` ${t('referrals.timeline.withoutConsent', { exception: t(`referrals.exceptions.${exception}`) })}`}
        </>
      );
    }
    case 'referral_moved': {
      const to = oneOf(referralStatuses, d.to);
      const status = to ? t(`referrals.statuses.${to}`) : '';
      // With no user behind it, the partner answered through a one-time link.
      if (d.via === 'link') return <>{t('referrals.timeline.movedByLink', { status })}</>;
      if (d.by === 'partner') return <>{t('referrals.timeline.movedByPartner', { status })}</>;
      return <>{t('referrals.timeline.moved', { status })}</>;
    }
    case 'referral_outcome':
      return (
        <>
          {t(
            d.received === true
              ? 'referrals.timeline.outcomeReceived'
              : 'referrals.timeline.outcomeNotReceived',
          )}
          {d.metNeed === true && ` ${t('referrals.timeline.metNeed')}`}
          {d.metNeed === false && ` ${t('referrals.timeline.notMetNeed')}`}
        </>
      );
    case 'referral_overdue':
      return <>{t(d.escalated === true ? 'referrals.timeline.escalated' : 'referrals.timeline.overdue')}</>;
    case 'referral_message':
      return (
        <>
          {t(
            d.by === 'partner'
              ? d.evidence === true
                ? 'referrals.timeline.evidenceFromPartner'
                : 'referrals.timeline.messageFromPartner'
              : 'referrals.timeline.messageToPartner',
          )}
        </>
      );
    default:
      return (
        <>
          {t('referrals.timeline.linkMade', {
            date: typeof d.expiresAt === 'string' ? dates.dateTime(d.expiresAt) : '',
          })}
        </>
      );
  }
}
