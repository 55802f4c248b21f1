// workerd, the edge runtime and browsers: bundled with esbuild from the
// installed package (static imports only), then run there.
import * as root from 'hookproof'
import * as adsumo from 'hookproof/adsumo'
import * as eversince from 'hookproof/eversince'
import * as magichour from 'hookproof/magichour'
import * as removebgvideo from 'hookproof/removebgvideo'
import * as videopilot from 'hookproof/videopilot'
import adsumoVectors from './vectors/adsumo.json'
import eversinceVectors from './vectors/eversince.json'
import magichourVectors from './vectors/magichour.json'
import regressions from './vectors/regressions.json'
import removebgvideoVectors from './vectors/removebgvideo.json'
import videopilotVectors from './vectors/videopilot.json'
import { activeEngine, runSuite } from './suite.mjs'

export async function run() {
  const result = await runSuite({
    root,
    providers: { eversince, magichour, videopilot, adsumo, removebgvideo },
    vectorFiles: [eversinceVectors, magichourVectors, videopilotVectors, adsumoVectors, removebgvideoVectors],
    regressions,
  })
  return { ...result, engine: activeEngine() }
}
