// workerd, the edge runtime and browsers: bundled with esbuild from the
// installed package (static imports only), then run there.
import * as root from 'hookproof'
import * as adsumo from 'hookproof/adsumo'
import * as eversince from 'hookproof/eversince'
import * as magichour from 'hookproof/magichour'
import * as removebgvideo from 'hookproof/removebgvideo'
import * as videopilot from 'hookproof/videopilot'
import * as standardwebhooks from 'hookproof/standardwebhooks'
import * as replicate from 'hookproof/replicate'
import * as fal from 'hookproof/fal'
import * as elevenlabs from 'hookproof/elevenlabs'
import * as mux from 'hookproof/mux'
import * as openrouter from 'hookproof/openrouter'
import * as synthesia from 'hookproof/synthesia'
import adsumoVectors from './vectors/adsumo.json'
import eversinceVectors from './vectors/eversince.json'
import magichourVectors from './vectors/magichour.json'
import regressions from './vectors/regressions.json'
import removebgvideoVectors from './vectors/removebgvideo.json'
import videopilotVectors from './vectors/videopilot.json'
import standardwebhooksVectors from './vectors/standardwebhooks.json'
import replicateVectors from './vectors/replicate.json'
import falVectors from './vectors/fal.json'
import elevenlabsVectors from './vectors/elevenlabs.json'
import muxVectors from './vectors/mux.json'
import openrouterVectors from './vectors/openrouter.json'
import synthesiaVectors from './vectors/synthesia.json'
import { activeEngine, runSuite } from './suite.mjs'

export async function run() {
  const result = await runSuite({
    root,
    providers: { eversince, magichour, videopilot, adsumo, removebgvideo, standardwebhooks, replicate, fal, elevenlabs, mux, openrouter, synthesia },
    vectorFiles: [eversinceVectors, magichourVectors, videopilotVectors, adsumoVectors, removebgvideoVectors, standardwebhooksVectors, replicateVectors, falVectors, elevenlabsVectors, muxVectors, openrouterVectors, synthesiaVectors],
    regressions,
  })
  return { ...result, engine: activeEngine() }
}
