import { Modal, type ModalProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** A dialog that takes the whole screen on a phone, where a floating box leaves no room to type. */
export function ResponsiveModal(props: ModalProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal size="lg" fullScreen={phone} closeButtonProps={{ 'aria-label': t('common.close') }} {...props} />
  );
}
