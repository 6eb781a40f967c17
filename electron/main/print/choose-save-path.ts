import { lstat } from 'node:fs/promises'
import { basename, dirname, extname } from 'node:path'
import { dialog, type BrowserWindow, type MessageBoxOptions, type SaveDialogOptions } from 'electron'
import { replaceQuestionOptions, REPLACE_BUTTON, type SaveKind } from './print-options'

/**
 * Asks where to save a PDF or a Word file; null if the user cancels. The dialog asks before
 * replacing the name that was typed, but the extension added here names another file: if that one
 * exists, ask the same question here, and on "Không" open the dialog again on that name, as the
 * dialog itself does. "Lưu PDF" and "Xuất Word..." behave alike.
 */
export async function chooseSavePath(
  window: BrowserWindow | null,
  suggested: string,
  kind: SaveKind,
  dialogOptions: (defaultPath: string) => SaveDialogOptions,
): Promise<string | null> {
  const showSave = (options: SaveDialogOptions) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options))
  const ask = (options: MessageBoxOptions) => (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
  const extension = `.${kind}`
  let defaultPath = suggested
  for (;;) {
    const choice = await showSave(dialogOptions(defaultPath))
    if (choice.canceled || !choice.filePath) return null
    const path = extname(choice.filePath).toLowerCase() === extension ? choice.filePath : `${choice.filePath}${extension}`
    if (path === choice.filePath || !(await exists(path))) return path
    const { response } = await ask(replaceQuestionOptions(basename(path), dirname(path), kind))
    if (response === REPLACE_BUTTON) return path
    defaultPath = path
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch {
    return false
  }
}
