import { Button, Menu, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languageNames, languages } from '../i18n/index.ts';
import { useLanguage } from '../i18n/language.ts';

export function LanguageMenu() {
  const { t } = useTranslation();
  const { language, choose } = useLanguage();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="compact-sm" color="dark">
          <VisuallyHidden>{t('language.label')}: </VisuallyHidden>
          <span lang={language}>{languageNames[language]}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {languages.map((option) => (
          <Menu.Item
            key={option}
            lang={option}
            dir={option === 'ar' ? 'rtl' : 'ltr'}
            aria-current={option === language ? 'true' : undefined}
            fw={option === language ? 700 : undefined}
            onClick={() => choose(option)}
          >
            {languageNames[option]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
