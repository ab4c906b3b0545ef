export { Button } from './button.js'
export { moneyScale, niceTicks, SERIES_COLOURS } from './chart.js'
export { Alert, Badge, Card, DataList, Heading, Paragraph } from './content.js'
export {
  useCompactEuro,
  useEuro,
  usePercent,
  useQuantity,
  useStakeholderName,
} from './format.js'
export { formatInput, NumberField } from './number-field.js'
export type { Column } from './table.js'
export { Table } from './table.js'
export { SelectField, TextField } from './text-field.js'
