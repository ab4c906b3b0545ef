import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './en.json'
import { mergeCatalogues } from './merge-catalogues'
import nl from './nl.json'

const STORAGE_KEY = 'effectwijzer.language'
export type Language = 'nl' | 'en'

/**
 * A feature keeps its own texts in `features/<feature>/locales/{nl,en}.json`, each under one
 * top-level key of its own, so that features added side by side never edit one shared file.
 */
const featureNl = import.meta.glob<Record<string, unknown>>('../features/*/locales/nl.json', {
  eager: true,
  import: 'default',
})
const featureEn = import.meta.glob<Record<string, unknown>>('../features/*/locales/en.json', {
  eager: true,
  import: 'default',
})

/** Dutch by default; the user's choice is remembered in this browser. */
export function initI18n(): void {
  const stored = window.localStorage.getItem(STORAGE_KEY)
  const language: Language = stored === 'en' ? 'en' : 'nl'
  void i18n.use(initReactI18next).init({
    resources: {
      nl: { translation: mergeCatalogues(nl, Object.values(featureNl)) },
      en: { translation: mergeCatalogues(en, Object.values(featureEn)) },
    },
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  })
  document.documentElement.lang = language
}

export function setLanguage(language: Language): void {
  window.localStorage.setItem(STORAGE_KEY, language)
  document.documentElement.lang = language
  void i18n.changeLanguage(language)
}
