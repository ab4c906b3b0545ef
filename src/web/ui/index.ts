export { Button } from './button.js'
export { CheckboxField, CheckboxGroup, TextAreaField } from './choice-fields.js'
// Chart helpers (ui/chart.js, on d3-scale) are imported from their file, not from here, so
// d3 is bundled with the pages that draw charts rather than with the app shell.
export { Alert, Badge, Card, DataList, Heading, Paragraph } from './content.js'
export {
  useCompactEuro,
  useEuro,
  usePercent,
  useQuantity,
  useStakeholderName,
} from './format.js'
export { IssueList } from './issue-list.js'
export { NumberField } from './number-field.js'
export type { Column } from './table.js'
export { Table } from './table.js'
export { SelectField, TextField } from './text-field.js'
export { useSaveWhenReadable } from './unreadable-fields.js'
