/** The print preview's buttons, as the desktop menu reaches them (Tệp › In..., Lưu PDF..., Xuất Word...). */
export interface PrintActions {
  print(): void
  savePdf(): void
  exportWord(): void
}

let onScreen: PrintActions | null = null

/** The preview's toolbar offers its buttons while it is mounted; the returned function withdraws them. */
export function providePrintActions(actions: PrintActions): () => void {
  onScreen = actions
  return () => {
    if (onScreen === actions) onScreen = null
  }
}

/** The buttons of the print preview on screen, or null when none is. */
export function printActionsOnScreen(): PrintActions | null {
  return onScreen
}
