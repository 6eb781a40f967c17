import { describe, expect, it } from 'vitest'
import { mimeTypeFor, safeRelativePath } from '../../../data/core/static-files'

describe('safeRelativePath', () => {
  it.each([
    ['/', 'index.html'],
    ['', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/app.js', 'assets/app.js'],
    ['/./assets//app.js', 'assets/app.js'],
    ['/pack/encyclopedia.sqlite', 'pack/encyclopedia.sqlite'],
    ['/fonts/Noto%20Sans.woff2', 'fonts/Noto Sans.woff2'],
    ['/t%E1%BB%87p.html', 'tệp.html'],
  ])('maps %j to %j', (pathname, expected) => {
    expect(safeRelativePath(pathname)).toBe(expected)
  })

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/.%2e/secret.txt',
    '/%2F../secret.txt',
    '/..%2Fsecret.txt',
    '/..%5Csecret.txt',
    '/..\\secret.txt',
    '/assets\\app.js',
    '/index.html%00.js',
    '/C:/Windows/win.ini',
    '/c%3A/Windows/win.ini',
    '/%E0%A4%A', // malformed percent-encoding
  ])('refuses %j', (pathname) => {
    expect(safeRelativePath(pathname)).toBeNull()
  })
})

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/sql-wasm.wasm', 'application/wasm'],
    ['pack/encyclopedia.sqlite', 'application/vnd.sqlite3'],
    ['fonts/noto-sans.woff2', 'font/woff2'],
    ['ICON.PNG', 'image/png'],
  ])('labels %s as %s', (path, type) => {
    expect(mimeTypeFor(path)).toBe(type)
  })

  it('labels unknown files as bytes, so the browser never sniffs them into HTML', () => {
    expect(mimeTypeFor('notes.txt.exe')).toBe('application/octet-stream')
    expect(mimeTypeFor('LICENSE')).toBe('application/octet-stream')
  })
})
