export { CHROMIUM_ARGS, chromiumPath, launchChromium } from './chromium.js'
export { htmlToPdf } from './pdf.js'
export { Plot, renderPlot } from './plot.js'
