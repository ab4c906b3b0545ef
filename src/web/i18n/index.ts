import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './en.json'
import nl from './nl.json'

const STORAGE_KEY = 'effectwijzer.language'
export type Language = 'nl' | 'en'

/** Dutch by default; the user's choice is remembered in this browser. */
export function initI18n(): void {
  const stored = window.localStorage.getItem(STORAGE_KEY)
  const language: Language = stored === 'en' ? 'en' : 'nl'
  void i18n.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
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
