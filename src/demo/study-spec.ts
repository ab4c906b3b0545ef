/**
 * The demo's study specification (the CLI's spec file) for the synthetic social-assistance
 * cohort (domain/cohort): 1:1 nearest matching within 0.2 SD, outflow within 18 months as a
 * share and as time to event. The seed's demo analysis and the tests run it.
 */
export const DEMO_STUDY_SPEC = {
  id: 'person_id',
  group: { column: 'pilot', treated: '1' },
  covariates: [
    { column: 'age', type: 'numeric' },
    { column: 'sex', type: 'categorical' },
    { column: 'months_on_benefit', type: 'numeric' },
    { column: 'ladder', type: 'numeric' },
    { column: 'household', type: 'categorical' },
  ],
  design: { method: 'nearest', ratio: 1, replace: false, caliper: 0.2, estimand: 'ATT' },
  outcomes: [
    { name: 'uitstroom binnen 18 maanden', type: 'binary', column: 'outflow' },
    { name: 'kosten', type: 'cost', column: 'cost' },
    {
      name: 'uitstroom',
      type: 'time-to-event',
      time: 'months',
      event: 'outflow',
      at: [6, 12, 18],
    },
  ],
} as const
