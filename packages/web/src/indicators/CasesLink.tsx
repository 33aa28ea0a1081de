import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { casesBehindPath, type DashboardFilters, type FigureBehind } from './filters.ts';

/**
 * A link to the cases behind a figure, with the dashboard's filters; only for
 * a reader who may read cases (the server lists only those they may open).
 * Its words are "See the cases" and, for screen readers, which figure it
 * opens (a page holds many), or words of its own (`label`) where two sit side
 * by side.
 */
export function CasesLink({
  filters,
  figure,
  what,
  label,
}: {
  filters: DashboardFilters;
  figure: FigureBehind;
  /** The figure's name, added to the accessible name after the words shown. */
  what?: string;
  label?: string;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (!can('cases.read')) return null;
  const words = label ?? t('dashboard.seeCases');
  return (
    <Anchor
      component={Link}
      to={casesBehindPath(filters, figure)}
      size="sm"
      aria-label={what ? `${words}: ${what}` : undefined}
    >
      {words}
    </Anchor>
  );
}
