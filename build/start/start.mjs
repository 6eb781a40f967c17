// `npm start` and `npm run dev` begin here. Plain JavaScript on purpose: it first checks the
// Node.js version, and that check has to run, and speak Vietnamese, on a Node too old for tsx and
// for the rest of the launcher (build/start/start-cli.ts).
import process from 'node:process'

const MINIMUM_MAJOR = 20
const MINIMUM_MINOR = 19

const parts = process.versions.node.split('.').map(Number)
const major = parts[0]
const minor = parts[1]
if (major < MINIMUM_MAJOR || (major === MINIMUM_MAJOR && minor < MINIMUM_MINOR)) {
  process.stderr.write(
    'Máy này đang chạy Node.js ' +
      process.versions.node +
      ', quá cũ để chạy Bách khoa APEC: cần Node.js ' +
      MINIMUM_MAJOR +
      '.' +
      MINIMUM_MINOR +
      ' trở lên.\n' +
      'Hãy cài bản LTS hiện hành của Node.js (https://nodejs.org), rồi chạy lại `npm install && npm start`.\n' +
      'Node.js ' +
      process.versions.node +
      ' is too old: Bách khoa APEC needs Node.js ' +
      MINIMUM_MAJOR +
      '.' +
      MINIMUM_MINOR +
      ' or later.\n',
  )
  process.exit(1)
}

import('tsx/esm/api')
  .then((tsx) => tsx.tsImport('./start-cli.ts', import.meta.url))
  .then((cli) => cli.runStart(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      // A bug of ours still gets one line, not a stack trace, and a way to see the rest.
      process.stderr.write(
        'Lỗi không mong đợi khi khởi động: ' +
          (error && error.message ? error.message : String(error)) +
          '\n' +
          'Unexpected launcher error (set BACH_KHOA_APEC_DEBUG=1 for the stack trace).\n',
      )
      if (process.env.BACH_KHOA_APEC_DEBUG)
        process.stderr.write(String(error && error.stack) + '\n')
      process.exitCode = 1
    },
  )
