// Translations and the page direction. Arabic reads right to left: the <html>
// element carries `dir` and `lang` so that the browser, screen readers and
// Mantine all agree.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../api/types.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

export const languages: readonly Language[] = ['en', 'fr', 'ar'];

/** Each language named in itself, so that a reader finds theirs whatever is on screen. */
export const languageNames: Record<Language, string> = { en: 'English', fr: 'Français', ar: 'العربية' };

const storageKey = 'reintegra.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function directionOf(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** Remembered on this device for the sign-in page; a signed-in user's choice is also kept on their account. */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing can refuse storage; the choice then lasts until the page is closed.
  }
}

function startingLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    if (isLanguage(stored)) return stored;
  } catch {
    // fall through to the browser's languages
  }
  for (const tag of navigator.languages ?? []) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr }, ar: { translation: ar } },
  lng: startingLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'fr', 'ar'],
  // React escapes what it renders; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
  returnNull: false,
  // The resources are bundled: no reason to wait a tick before the first render.
  initAsync: false,
});

applyToDocument(currentLanguage());
i18n.on('languageChanged', () => applyToDocument(currentLanguage()));

export { i18n };
