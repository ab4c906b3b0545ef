// biome-ignore lint/correctness/useImportExtensions: a JSON module keeps its own extension
import starter from './data/starter-list.json' with { type: 'json' }
import { type PriceList, priceListSchema } from './price-list.js'

/**
 * The shipped starter list: Kostenhandleiding 2024 reference prices (price level 2022) and
 * sourced social-domain figures (scripts/data/social-domain-items.ts), plus the items without a
 * national figure, marked needsLocalTariff. Made by scripts/make-starter-price-list.ts.
 *
 * The parse is marked pure so a bundle that never reads the list (the web app: the server
 * sends the active list) leaves out its 128 kB of JSON instead of parsing it on load.
 */
export const STARTER_PRICE_LIST: PriceList = /* @__PURE__ */ priceListSchema.parse(starter)
