// `npm start` and `npm run dev` begin here. Plain JavaScript on purpose: it first checks the
// Node.js version, and that check has to run, and speak Vietnamese, on a Node too old for tsx and
// for the rest of the launcher (build/start/start-cli.ts).
import process from 'node:process'

const MINIMUM = '20.19'
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  const found = process.versions.node
  process.stderr.write(
    [
      `Máy này đang chạy Node.js ${found}, quá cũ để chạy Bách khoa APEC: cần Node.js ${MINIMUM} trở lên.`,
      'Hãy cài bản LTS hiện hành của Node.js (https://nodejs.org), rồi chạy lại `npm install && npm start`.',
      `Node.js ${found} is too old: Bách khoa APEC needs Node.js ${MINIMUM} or later.`,
      '',
    ].join('\n'),
  )
  process.exit(1)
}

function explain(error) {
  // `npm start` before `npm install`: tsx (or another package) is not there yet.
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    return [
      'Chưa cài các gói của dự án: chạy `npm install` rồi `npm start`.',
      `Packages missing (${error.message.split('\n')[0]}): run npm install first.`,
    ]
  }
  // A bug of ours still gets one line, not a stack trace, and a way to see the rest.
  return [
    `Lỗi không mong đợi khi khởi động: ${error && error.message ? error.message.split('\n')[0] : String(error)}`,
    'Unexpected launcher error (set BACH_KHOA_APEC_DEBUG=1 for the stack trace).',
  ]
}

import('tsx/esm/api')
  .then((tsx) => tsx.tsImport('./start-cli.ts', import.meta.url))
  .then((cli) => cli.runStart(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      process.stderr.write(`${explain(error).join('\n')}\n`)
      if (process.env.BACH_KHOA_APEC_DEBUG) process.stderr.write(`${error && error.stack}\n`)
      process.exitCode = 1
    },
  )
