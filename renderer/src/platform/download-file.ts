/**
 * Hands a file to the browser's downloads through a hidden `a[download]`: where it lands is the
 * browser's choice. Must run inside a user gesture (a click), or browsers may block it.
 */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has its own reference to the bytes once started; the URL is not needed after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
