/**
 * An MKBA model file (the format `PUT /api/v1/projects/:id/mkba` takes) whose Monte Carlo is
 * slow enough to be watched: `items` uncertain items over `horizonYears` years, so 200,000
 * draws take seconds. The tests and the bench save it as a project's model.
 */
export function heavyMkbaModelFile(items = 200, horizonYears = 30): Record<string, unknown> {
  const stakeholders = ['gemeente', 'zorgverzekeraar', 'inwoner', 'samenleving']
  return {
    name: 'Zwaar model (test)',
    baseYear: 2026,
    priceYear: 2026,
    horizonYears,
    discountRate: 0.0225,
    stakeholders,
    items: Array.from({ length: items }, (_, i) => ({
      id: `item-${i}`,
      kind: i < items / 5 ? 'cost' : 'benefit',
      category: i % 3 === 0 ? 'social' : 'financial',
      stakeholder: stakeholders[i % stakeholders.length],
      quantity: 10,
      unitValue: i < items / 5 ? 5_000 : 1_000,
      startYear: 2026,
      durationYears: horizonYears,
      uncertainty:
        i % 2 === 0
          ? { quantity: { distribution: 'triangular', low: 5, mode: 10, high: 20 } }
          : { unitValue: { distribution: 'pert', low: 500, mode: 1_000, high: 2_000 } },
    })),
  }
}
