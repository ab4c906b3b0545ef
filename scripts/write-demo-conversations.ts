/** Writes the demo pilot's table conversations to examples/ (run by hand after changing them). */
import { writeFileSync } from 'node:fs'
import { DEMO_CONVERSATIONS } from '../src/demo/index.js'
import { conversationFileSchema } from '../src/domain/index.js'

const file = conversationFileSchema.parse(DEMO_CONVERSATIONS)
const used = new Set(
  file.cases
    .flatMap((c) => [...c.scenarios.interventie.cards, ...c.scenarios.referentie.cards])
    .flatMap((card) => (card.type === 'activity' ? [card.item] : [])),
)
// The file carries only the price-list items its cards use.
const slim = {
  ...file,
  priceList: { ...file.priceList, items: file.priceList.items.filter((i) => used.has(i.code)) },
}
writeFileSync('examples/business-case/demo-cases.json', `${JSON.stringify(slim, null, 1)}\n`)
console.log(`${file.cases.length} conversations, ${slim.priceList.items.length} price-list items`)
