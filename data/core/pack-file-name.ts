import { fail, ok, type Result } from './result'

/** Device names Windows reserves whatever the extension: "CON.sqlite" opens the console, not a file. */
const WINDOWS_DEVICE_NAMES = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[1-9¹²³]|LPT[1-9¹²³])$/i

/**
 * Checks the path of a pack the user chose before the file is touched. The app only ever copies
 * the pack under a name it generates, but a name Windows resolves differently (a device, a name
 * it silently trims) or one whose displayed text differs from its real text (bidi overrides,
 * control characters) is a sign the file is not what it looks like, so it is refused with the
 * problem named in Vietnamese.
 */
export function checkPackFileName(path: string): Result<null> {
  const segments = path.split(/[\\/]/)
  if (segments.includes('..')) {
    return fail(
      'pack-bad-name',
      'Đường dẫn có thành phần “..” (thư mục cha), nên không biết chắc tệp thật nằm ở đâu.',
    )
  }
  const name = segments.at(-1) ?? ''
  const hidden = [...path].find(isHiddenCharacter)
  if (hidden !== undefined) {
    const kind = isBidiControl(hidden) ? 'ký tự điều khiển hướng chữ' : 'ký tự điều khiển'
    const where = name.includes(hidden)
      ? `Tên tệp “${visible(name)}”`
      : `Đường dẫn “${visible(path)}”`
    return fail(
      'pack-bad-name',
      `${where} chứa ${kind} ${codePointLabel(hidden)}, có thể làm tên hiển thị khác với tên thật.`,
    )
  }
  if (name === '' || name === '.') {
    return fail('pack-bad-name', 'Đường dẫn không có tên tệp.')
  }
  if (name.endsWith('.')) {
    return fail(
      'pack-bad-name',
      `Tên tệp “${name}” kết thúc bằng dấu chấm; Windows tự bỏ dấu chấm này và sẽ mở một tệp khác.`,
    )
  }
  if (name.endsWith(' ')) {
    return fail(
      'pack-bad-name',
      `Tên tệp “${name}” kết thúc bằng khoảng trắng; Windows tự bỏ khoảng trắng này và sẽ mở một tệp khác.`,
    )
  }
  const stem = (name.split('.')[0] ?? '').trimEnd()
  if (WINDOWS_DEVICE_NAMES.test(stem)) {
    return fail(
      'pack-bad-name',
      `Tên tệp “${name}” là tên thiết bị ${stem.toUpperCase()} mà Windows dành riêng (dù có phần mở rộng), không phải một tệp.`,
    )
  }
  return ok(null)
}

/** U+200E/F marks, U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, U+061C. */
function isBidiControl(character: string): boolean {
  const code = character.codePointAt(0) ?? 0
  return (
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  )
}

/** C0 and C1 control characters and DEL, then the bidi controls. */
function isHiddenCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || isBidiControl(character)
}

function codePointLabel(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** The text with each hidden character written out, so the message itself cannot be reordered. */
function visible(text: string): string {
  return [...text]
    .map((character) =>
      isHiddenCharacter(character) ? `[${codePointLabel(character)}]` : character,
    )
    .join('')
}
