import type { Command } from 'commander'
import { formatNumber, formatPercent, type Language } from '../../domain/index.js'
import {
  eventProbabilityFromRate,
  powerMeans,
  powerProportions,
  survivalPower,
} from '../../stats/index.js'

const pct = (x: number, lang: Language) => formatPercent(x, lang, { upTo: 1 })
const num = (x: number, lang: Language, digits = 1) => formatNumber(x, lang, { upTo: digits })

function decimal(name: string) {
  return (value: string): number => {
    const x = Number(value)
    if (!Number.isFinite(x))
      throw Object.assign(new Error(`${name} must be a number (got "${value}")`), { exitCode: 2 })
    return x
  }
}

/**
 * `effectwijzer power`: before a pilot starts, can it ever show an effect with these numbers?
 * Prints the answer in Dutch and English, and the numbers as JSON on stdout with --json.
 */
export function registerPowerCommand(program: Command): void {
  const power = program
    .command('power')
    .description('Power and the smallest detectable effect, before a pilot starts')
  power
    .command('proportions')
    .description('two proportions, e.g. outflow from benefits (as power.prop.test)')
    .requiredOption('--p1 <p>', 'proportion in the comparison group', decimal('--p1'))
    .option(
      '--p2 <p>',
      'proportion in the pilot group (omit to get the smallest detectable one)',
      decimal('--p2'),
    )
    .option('--n <n>', 'participants per group (omit to get the number needed)', decimal('--n'))
    .option('--power <x>', 'power (omit to get it)', decimal('--power'))
    .option('--sig-level <a>', 'two-sided significance level', decimal('--sig-level'), 0.05)
    .option('--json', 'print the result as JSON')
    .action(
      (o: {
        p1: number
        p2?: number
        n?: number
        power?: number
        sigLevel: number
        json?: boolean
      }) => {
        const wanted = o.power ?? (o.n !== undefined && o.p2 !== undefined ? undefined : 0.8)
        const r = powerProportions({
          p1: o.p1,
          sigLevel: o.sigLevel,
          ...(o.n !== undefined ? { n: o.n } : {}),
          ...(o.p2 !== undefined ? { p2: o.p2 } : {}),
          ...(wanted !== undefined ? { power: wanted } : {}),
        })
        if (o.json) console.log(JSON.stringify(r, null, 2))
        const diff = Math.abs(r.p2 - r.p1)
        for (const lang of ['nl', 'en'] as const) {
          const line =
            o.p2 === undefined
              ? lang === 'nl'
                ? `Met ${num(r.n, lang, 0)} deelnemers per groep kan deze pilot een verschil kleiner dan ${num(100 * diff, lang)} procentpunt (${pct(r.p1, lang)} → ${pct(r.p2, lang)}) niet aantonen (power ${pct(r.power, lang)}, α = ${r.sigLevel}).`
                : `With ${num(r.n, lang, 0)} participants per group this pilot cannot show a difference smaller than ${num(100 * diff, lang)} percentage points (${pct(r.p1, lang)} → ${pct(r.p2, lang)}) (power ${pct(r.power, lang)}, α = ${r.sigLevel}).`
              : o.n === undefined
                ? lang === 'nl'
                  ? `Om ${pct(r.p1, lang)} tegen ${pct(r.p2, lang)} aan te tonen zijn ${Math.ceil(r.n)} deelnemers per groep nodig (power ${pct(r.power, lang)}).`
                  : `To show ${pct(r.p1, lang)} versus ${pct(r.p2, lang)} takes ${Math.ceil(r.n)} participants per group (power ${pct(r.power, lang)}).`
                : lang === 'nl'
                  ? `Met ${num(r.n, lang, 0)} deelnemers per groep is de kans om ${pct(r.p1, lang)} tegen ${pct(r.p2, lang)} aan te tonen ${pct(r.power, lang)}.`
                  : `With ${num(r.n, lang, 0)} participants per group the chance to show ${pct(r.p1, lang)} versus ${pct(r.p2, lang)} is ${pct(r.power, lang)}.`
          console.error(line)
        }
      },
    )
  power
    .command('means')
    .description('two means, e.g. income or costs (as power.t.test, two-sample)')
    .option(
      '--delta <d>',
      'difference in means (omit to get the smallest detectable one)',
      decimal('--delta'),
    )
    .requiredOption('--sd <s>', 'standard deviation within groups', decimal('--sd'))
    .option('--n <n>', 'participants per group (omit to get the number needed)', decimal('--n'))
    .option('--power <x>', 'power (omit to get it)', decimal('--power'))
    .option('--sig-level <a>', 'two-sided significance level', decimal('--sig-level'), 0.05)
    .option('--json', 'print the result as JSON')
    .action(
      (o: {
        delta?: number
        sd: number
        n?: number
        power?: number
        sigLevel: number
        json?: boolean
      }) => {
        const wanted = o.power ?? (o.n !== undefined && o.delta !== undefined ? undefined : 0.8)
        const r = powerMeans({
          sd: o.sd,
          sigLevel: o.sigLevel,
          ...(o.n !== undefined ? { n: o.n } : {}),
          ...(o.delta !== undefined ? { delta: o.delta } : {}),
          ...(wanted !== undefined ? { power: wanted } : {}),
        })
        if (o.json) console.log(JSON.stringify(r, null, 2))
        console.error(
          o.delta === undefined
            ? `Met ${num(r.n, 'nl', 0)} deelnemers per groep kan deze pilot een verschil kleiner dan ${num(r.delta, 'nl', 2)} niet aantonen (power ${pct(r.power, 'nl')}).`
            : `Met ${num(r.n, 'nl', 1)} deelnemers per groep is de power om een verschil van ${num(r.delta, 'nl', 2)} aan te tonen ${pct(r.power, 'nl')}.`,
        )
        console.error(
          o.delta === undefined
            ? `With ${num(r.n, 'en', 0)} participants per group this pilot cannot show a difference smaller than ${num(r.delta, 'en', 2)} (power ${pct(r.power, 'en')}).`
            : `With ${num(r.n, 'en', 1)} participants per group the power to show a difference of ${num(r.delta, 'en', 2)} is ${pct(r.power, 'en')}.`,
        )
      },
    )
  power
    .command('survival')
    .description('time to event, e.g. months to outflow (Schoenfeld)')
    .requiredOption('--n-pilot <n>', 'participants in the pilot group', decimal('--n-pilot'))
    .requiredOption(
      '--n-comparison <n>',
      'participants in the comparison group',
      decimal('--n-comparison'),
    )
    .option(
      '--event-prob <p>',
      'probability of the event within follow-up',
      decimal('--event-prob'),
    )
    .option(
      '--event-rate <r>',
      'events per person per month (exponential), with --follow-up',
      decimal('--event-rate'),
    )
    .option(
      '--follow-up <months>',
      'months of follow-up, with --event-rate',
      decimal('--follow-up'),
    )
    .option('--power <x>', 'power', decimal('--power'), 0.8)
    .option('--sig-level <a>', 'two-sided significance level', decimal('--sig-level'), 0.05)
    .option('--json', 'print the result as JSON')
    .action(
      (o: {
        nPilot: number
        nComparison: number
        eventProb?: number
        eventRate?: number
        followUp?: number
        power: number
        sigLevel: number
        json?: boolean
      }) => {
        const eventProbability =
          o.eventProb ??
          (o.eventRate !== undefined && o.followUp !== undefined
            ? eventProbabilityFromRate(o.eventRate, o.followUp)
            : undefined)
        if (eventProbability === undefined) {
          throw Object.assign(new Error('give --event-prob, or --event-rate with --follow-up'), {
            exitCode: 2,
          })
        }
        const r = survivalPower({
          nPilot: o.nPilot,
          nComparison: o.nComparison,
          eventProbability,
          power: o.power,
          sigLevel: o.sigLevel,
        })
        if (o.json) console.log(JSON.stringify({ eventProbability, ...r }, null, 2))
        console.error(
          `Met ${num(r.expectedEvents, 'nl', 0)} verwachte gebeurtenissen kan deze pilot alleen een hazard ratio boven ${num(r.minimalHazardRatioUp, 'nl', 2)} of onder ${num(r.minimalHazardRatioDown, 'nl', 2)} aantonen (power ${pct(o.power, 'nl')}).`,
        )
        console.error(
          `With ${num(r.expectedEvents, 'en', 0)} expected events this pilot can only show a hazard ratio above ${num(r.minimalHazardRatioUp, 'en', 2)} or below ${num(r.minimalHazardRatioDown, 'en', 2)} (power ${pct(o.power, 'en')}).`,
        )
      },
    )
}
