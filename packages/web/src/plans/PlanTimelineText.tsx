import { deliveryStatuses, type Money } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../api/types.ts';
import { useMoney } from './words.tsx';

const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Money).minor === 'number' &&
  typeof (value as Money).currency === 'string';

/** A plan event of the case history (packages/server/src/plans records them) in words; details are free-form, so only known words are translated. */
export function PlanTimelineText({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const money = useMoney();
  const d = event.details;
  const version = typeof d.version === 'number' ? d.version : '';
  switch (event.kind) {
    case 'plan_created':
      return <>{t('plans.timeline.created', { version })}</>;
    case 'plan_revised':
      return <>{t('plans.timeline.revised', { version })}</>;
    case 'plan_consented':
      return (
        <>
          {t('plans.timeline.consented', {
            version,
            method: d.method === 'verbal' || d.method === 'written' ? t(`consentMethods.${d.method}`) : '',
          })}
        </>
      );
    case 'plan_approved':
      return <>{t('plans.timeline.approved', { version })}</>;
    case 'plan_printed':
      return <>{t('plans.timeline.printed', { version })}</>;
    case 'delivery_updated': {
      const status = deliveryStatuses.find((s) => s === d.status);
      return (
        <>{t('plans.timeline.delivery', { status: status ? t(`plans.delivery.statuses.${status}`) : '' })}</>
      );
    }
    case 'purchase_ordered':
      return <>{t('plans.timeline.purchaseOrdered')}</>;
    case 'purchase_settled':
      return (
        <>
          {t(d.status === 'cancelled' ? 'plans.timeline.purchaseCancelled' : 'plans.timeline.purchasePaid')}
        </>
      );
    case 'tranche_requested':
      return <>{t('plans.timeline.trancheRequested')}</>;
    case 'tranche_condition_recorded':
      return <>{t('plans.timeline.trancheCondition')}</>;
    case 'tranche_released':
      return <>{t('plans.timeline.trancheReleased', { amount: isMoney(d.amount) ? money(d.amount) : '' })}</>;
    case 'feasibility_answered':
      return (
        <>{t('plans.timeline.feasibility', { answered: typeof d.answered === 'number' ? d.answered : '' })}</>
      );
    default:
      return null;
  }
}
