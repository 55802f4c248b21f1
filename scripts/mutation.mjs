#!/usr/bin/env node
/**
 * Mutation testing of src/, batch by batch (the batches are in
 * stryker.config.mjs).
 *
 *   node scripts/mutation.mjs                  every batch, then the report
 *   node scripts/mutation.mjs crypto schemes   those batches, then the report
 *   node scripts/mutation.mjs --report         the report of the last runs
 *   node scripts/mutation.mjs --survivors src/crypto/ed25519.ts
 *                                              each mutant that survived there
 *
 * Each batch is incremental: its results stay in .cache/mutation/, and a
 * rerun tests only what changed. The report reads every batch's JSON: one
 * line a file (killed, timed out, survived, not covered, score), a total a
 * batch and in all. It exits 1 when a batch has not been run or the total
 * is under 90 % (Stryker's own `break` fails a batch under 90 % too).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { batches } from './mutation-batches.mjs'

const BREAK = 90
const names = Object.keys(batches)
const args = process.argv.slice(2)

/** A batch's mutants, by file, from its last report; undefined before its first run. */
function reportOf(name) {
  const file = `.cache/mutation/${name}.json`
  if (!existsSync(file)) return undefined
  return JSON.parse(readFileSync(file, 'utf8')).files
}

const UNDETECTED = new Set(['Survived', 'NoCoverage'])

/** Killed, timed out, survived and uncovered mutants of one file. */
function countsOf(mutants) {
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 }
  for (const m of mutants) if (m.status in counts) counts[m.status]++
  return counts
}

const scoreOf = (c) => {
  const detected = c.Killed + c.Timeout
  const all = detected + c.Survived + c.NoCoverage
  return all === 0 ? 100 : (100 * detected) / all
}

function add(into, c) {
  for (const key of Object.keys(into)) into[key] += c[key]
}

function report() {
  const total = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 }
  const missing = []
  const row = (label, c) =>
    `${label.padEnd(44)} ${String(c.Killed).padStart(6)} ${String(c.Timeout).padStart(5)} ${String(c.Survived).padStart(6)} ${String(c.NoCoverage).padStart(5)} ${scoreOf(c).toFixed(2).padStart(7)} %`
  console.log(
    `${'file'.padEnd(44)} ${'killed'.padStart(6)} ${'t/o'.padStart(5)} ${'surv.'.padStart(6)} ${'n/c'.padStart(5)} ${'score'.padStart(9)}`,
  )
  for (const name of names) {
    const files = reportOf(name)
    if (files === undefined) {
      missing.push(name)
      continue
    }
    const sum = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 }
    for (const [path, { mutants }] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
      const c = countsOf(mutants)
      add(sum, c)
      console.log(row(`  ${path}`, c))
    }
    console.log(row(`batch ${name}`, sum))
    add(total, sum)
  }
  console.log(row('all of src/ (the batches run)', total))
  if (missing.length > 0) console.log(`not run yet: ${missing.join(', ')}`)
  return missing.length === 0 && scoreOf(total) >= BREAK
}

function survivors(path) {
  for (const name of names) {
    const mutants = reportOf(name)?.[path]?.mutants
    if (mutants === undefined) continue
    for (const m of mutants.filter((m) => UNDETECTED.has(m.status)).sort((a, b) => a.location.start.line - b.location.start.line)) {
      const { line, column } = m.location.start
      console.log(
        `${path}:${line}:${column} ${m.mutatorName} ${m.status === 'NoCoverage' ? '(not covered) ' : ''}→ ${JSON.stringify(m.replacement ?? '')}`,
      )
    }
    return
  }
  throw new TypeError(`no batch's report has ${path}: run its batch first`)
}

if (args[0] === '--report') {
  process.exitCode = report() ? 0 : 1
} else if (args[0] === '--survivors') {
  for (const path of args.slice(1)) survivors(path)
} else {
  const chosen = args.length > 0 ? args : names
  for (const name of chosen) {
    if (!names.includes(name)) throw new TypeError(`no batch ${name}: the batches are ${names.join(', ')}`)
  }
  let failed = false
  for (const name of chosen) {
    console.log(`\n# mutation: batch ${name}`)
    const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
      stdio: 'inherit',
      env: { ...process.env, MUTATION_BATCH: name },
    })
    if (run.status !== 0) failed = true
  }
  const held = report()
  process.exitCode = failed || !held ? 1 : 0
}
