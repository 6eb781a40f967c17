import { describe, expect, it } from 'vitest'
import { checkPackFileName } from '../../../data/core/pack-file-name'

function refusal(path: string): string | null {
  const checked = checkPackFileName(path)
  return checked.ok ? null : checked.error.message
}

describe('checkPackFileName', () => {
  it.each([
    '/home/lan/Tài liệu/goi-du-lieu.sqlite',
    'C:\\Users\\Lan\\Downloads\\Gói dữ liệu 2024.sqlite',
    '/media/usb/console.sqlite',
    '/media/usb/COM10.db',
    '/srv/goi..moi.sqlite',
    '/srv/.goi-an.sqlite',
  ])('accepts %s', (path) => {
    expect(refusal(path)).toBeNull()
  })

  it.each([
    ['/home/lan/../lan/goi.sqlite', /“\.\.”/],
    ['C:\\Users\\Lan\\..\\goi.sqlite', /“\.\.”/],
    ['D:\\CON.sqlite', /thiết bị CON/],
    ['/media/usb/nul', /thiết bị NUL/],
    ['/media/usb/aux.tar.gz', /thiết bị AUX/],
    ['/media/usb/Com3 .sqlite', /thiết bị COM3/],
    ['/media/usb/lpt9.db', /thiết bị LPT9/],
    ['/media/usb/goi.sqlite.', /dấu chấm/],
    ['/media/usb/goi.sqlite ', /khoảng trắng/],
    ['/media/usb/', /không có tên tệp/],
    [
      '/media/usb/bao-cao\u202Eetilqs.exe',
      /Tên tệp “bao-cao\[U\+202E\]etilqs\.exe” chứa ký tự điều khiển hướng chữ U\+202E/,
    ],
    ['/media/usb/goi\u200F.sqlite', /hướng chữ U\+200F/],
    ['/media/usb/goi\u2066.sqlite', /hướng chữ U\+2066/],
    ['/media/u\u202Asb/goi.sqlite', /Đường dẫn “\/media\/u\[U\+202A\]sb\/goi\.sqlite”/],
    ['/media/usb/goi\n.sqlite', /ký tự điều khiển U\+000A/],
    ['/media/usb/goi\u0085.sqlite', /ký tự điều khiển U\+0085/],
  ])('refuses %j, naming the problem', (path, reason) => {
    const checked = checkPackFileName(path)
    expect(checked.ok ? null : checked.error.code).toBe('pack-bad-name')
    expect(refusal(path)).toMatch(reason)
  })
})
