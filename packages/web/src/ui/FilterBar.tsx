import { Box, Button, SimpleGrid, Stack } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Filters above a list, in a search landmark. Without `onSubmit` they apply
 * as they change and Enter does nothing surprising. Filters seldom used go in
 * `more`, behind a button: on a phone a dozen fields would push the list itself
 * off the screen. They start shown when some are set (`moreInUse`), so that a
 * list is never narrowed by a filter the reader cannot see.
 */
export function FilterBar({
  label,
  children,
  more,
  moreInUse = 0,
  onSubmit,
}: {
  label: string;
  children: ReactNode;
  more?: ReactNode;
  /** How many of the filters in `more` are set. */
  moreInUse?: number;
  onSubmit?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [showMore, setShowMore] = useState(moreInUse > 0);
  const moreId = useId();
  const grid = (content: ReactNode) => <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>{content}</SimpleGrid>;
  return (
    <search aria-label={label}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit?.();
        }}
      >
        <Stack gap="sm">
          {grid(children)}
          {more && (
            <>
              <Box>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  aria-expanded={showMore}
                  aria-controls={moreId}
                  onClick={() => setShowMore(!showMore)}
                >
                  {showMore
                    ? t('filters.fewer')
                    : moreInUse > 0
                      ? t('filters.moreInUse', {
                          number: new Intl.NumberFormat(i18n.language).format(moreInUse),
                        })
                      : t('filters.more')}
                </Button>
              </Box>
              {/* A plain box: the `hidden` attribute would lose to the grid's own display rule. */}
              <Box id={moreId} hidden={!showMore}>
                {grid(more)}
              </Box>
            </>
          )}
        </Stack>
      </form>
    </search>
  );
}
