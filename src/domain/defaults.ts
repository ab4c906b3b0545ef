import { z } from 'zod'
import { DEFAULT_SEED, DISCOUNT_RATE_RISK_FREE, DISCOUNT_RATE_STANDARD } from '../mkba/index.js'

/**
 * The defaults every edge uses — model file, HTTP query, CLI option and the web forms — so that
 * one number has one rule.
 */
export const DEFAULTS = {
  /** The guideline's real rate for MKBAs from 2021 (Werkgroep discontovoet 2020). */
  discountRate: DISCOUNT_RATE_STANDARD,
  /** Seed of every MKBA Monte Carlo unless the user sets one. */
  monteCarloSeed: DEFAULT_SEED,
  /** Seed of the business case's bootstrap interval. */
  bootstrapSeed: 20_261_124,
  /** Seed of the fictional cohort (`effectwijzer cohort`). */
  cohortSeed: 20_261_124,
  /** Draws of the builder's live Monte Carlo: quick enough to rerun after each edit. */
  liveDraws: 10_000,
  /** Draws of a printed MKBA report: ten times the live run. */
  reportDraws: 100_000,
  /** The most draws the server makes for one report; the CLI is there for more. */
  maxServerDraws: 200_000,
  /**
   * The most work one report may ask of the server: draws × uncertain inputs, 200,000 draws of
   * 100 inputs (a few seconds in a worker thread; bench/server/health-during-report.bench.ts
   * prints that model's time). 1,500 uncertain inputs at 200,000 draws once held the server for
   * 131 s. Above it the report is refused with the draws that would fit.
   */
  maxServerDrawWork: 20_000_000,
} as const

/**
 * The highest real discount rate accepted: 10%, well above the guideline's 2.25% and the Green
 * Book's and SROI's 3.5%, so a sensitivity run fits; what is above it is a typo (2.25 for 2.25%).
 */
export const DISCOUNT_RATE_MAX = 0.1

/** The accepted range in words, for a refusal. */
export const DISCOUNT_RATE_RANGE = {
  nl: 'een reële discontovoet per jaar als fractie (0,0225 = 2,25%), van -0,01 tot en met 0,1',
  en: 'a real discount rate per year as a fraction (0.0225 = 2.25%), from -0.01 to 0.1',
} as const

/**
 * A real discount rate as a fraction per year: from −1% (the guideline's exception for
 * demonstrably risk-free flows) to 10%. Ref: Rapport Werkgroep discontovoet 2020
 * (research/mkba.md §1.2).
 */
export const discountRateSchema = z
  .number()
  .min(DISCOUNT_RATE_RISK_FREE)
  .max(DISCOUNT_RATE_MAX)
  .describe(DISCOUNT_RATE_RANGE.en)
