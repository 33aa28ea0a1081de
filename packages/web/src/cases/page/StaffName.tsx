import { useTranslation } from 'react-i18next';
import { useStaffName } from '../queries.ts';

/** A colleague's name, or a neutral word where the reader may not look them up. */
export function StaffName({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const name = useStaffName(id);
  if (!id) return <>{t('cases.system')}</>;
  return <>{name ?? t('cases.colleague')}</>;
}
