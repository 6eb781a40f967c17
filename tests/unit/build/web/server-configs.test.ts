import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WEB_SECURITY_HEADERS } from '../../../../data/core/content-security-policy'
import { PROJECT_ROOT } from '../../../../data/pipeline/project-paths'
import { IMMUTABLE_CACHE_CONTROL, MIME_TYPES, REVALIDATE_CACHE_CONTROL } from '../../../../data/core/static-files'

/**
 * The nginx and IIS configurations an office deploys instead of our Node server must send what it
 * sends: the very same security headers (the one constant), the same file types and the same
 * caching. IIS cannot run here, so both files are read; nginx also serves the browser suite
 * (tests/helpers/nginx.ts), where tests/e2e/web-servers.test.ts checks what it really answers.
 */
const nginxConf = () => readFile(join(PROJECT_ROOT, 'build', 'web', 'nginx.conf'), 'utf8')
const webConfig = () => readFile(join(PROJECT_ROOT, 'build', 'web', 'web.config'), 'utf8')

const lowerKeys = (entries: [string, string][]) => Object.fromEntries(entries.map(([name, value]) => [name.toLowerCase(), value]))

describe('build/web/nginx.conf', () => {
  it('sends exactly the security headers of data/core, on every answer', async () => {
    const headers = [...(await nginxConf()).matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;$/gm)]
    expect(lowerKeys(headers.map(([, name = '', value = '']) => [name, value]))).toEqual(WEB_SECURITY_HEADERS)
  })

  it('names the types of data/core/static-files, with the charset on text', async () => {
    const config = await nginxConf()
    const block = /^\s*types\s*\{([^}]*)\}/m.exec(config)?.[1] ?? ''
    const charsetTypes = new Set(['text/html', ...(/^\s*charset_types\s+([^;]+);/m.exec(config)?.[1]?.split(/\s+/) ?? [])])
    expect(/^\s*charset\s+utf-8;/m.test(config)).toBe(true)
    const declared: Record<string, string> = {}
    for (const line of block.split(';')) {
      const [type, ...extensions] = line.trim().split(/\s+/)
      if (type === undefined || type === '') continue
      for (const extension of extensions) declared[extension] = charsetTypes.has(type) ? `${type}; charset=utf-8` : type
    }
    expect(declared).toEqual(MIME_TYPES)
  })

  it('caches hashed assets for a year and makes the browser revalidate everything else', async () => {
    const map = /map \$uri \$apec_cache_control \{([^}]*)\}/.exec(await nginxConf())?.[1] ?? ''
    expect(map).toContain(`~^/assets/  "${IMMUTABLE_CACHE_CONTROL}";`)
    expect(map).toContain(`default     "${REVALIDATE_CACHE_CONTROL}";`)
  })
})

describe('build/web/web.config (IIS)', () => {
  const attributes = (element: string) =>
    Object.fromEntries([...element.matchAll(/(\w+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, value.replaceAll('&quot;', '"').replaceAll('&amp;', '&')]))

  it('sends exactly the security headers of data/core', async () => {
    const block = /<customHeaders>([\s\S]*?)<\/customHeaders>/.exec(await webConfig())?.[1] ?? ''
    const added = [...block.matchAll(/<add [^>]*\/>/g)].map(([element]) => attributes(element))
    expect(lowerKeys(added.map(({ name = '', value = '' }) => [name, value]))).toEqual(WEB_SECURITY_HEADERS)
  })

  it('maps the types of data/core/static-files, replacing whatever IIS has for them', async () => {
    const config = await webConfig()
    const mapped = [...config.matchAll(/<mimeMap [^>]*\/>/g)].map(([element]) => attributes(element))
    expect(Object.fromEntries(mapped.map(({ fileExtension = '', mimeType = '' }) => [fileExtension.slice(1), mimeType]))).toEqual(MIME_TYPES)
    for (const { fileExtension } of mapped) expect(config).toContain(`<remove fileExtension="${fileExtension}" />`)
  })

  it('caches assets/ for a year and makes the browser revalidate everything else', async () => {
    const config = await webConfig()
    const caches = [...config.matchAll(/<clientCache [^>]*\/>/g)].map(([element]) => attributes(element))
    expect(caches[0]).toEqual({ cacheControlMode: 'DisableCache' })
    const assets = /<location path="assets">([\s\S]*?)<\/location>/.exec(config)?.[1] ?? ''
    expect(assets).toContain('<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />')
    expect(IMMUTABLE_CACHE_CONTROL).toBe('public, max-age=31536000, immutable')
  })
})
