// biome-ignore lint/correctness/useImportExtensions: a JSON module keeps its own extension
import almereStyle from './almere-style.json' with { type: 'json' }

/**
 * The demo pilot's MKBA model: fictional figures in the shape of the Almere MKBA, chosen so
 * the headline reproduces its 4 and 14 cents per invested euro. Also the README's example.
 */
export const DEMO_MKBA_MODEL: unknown = almereStyle
