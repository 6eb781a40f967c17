import { copyRichText, type RichText } from '../platform/clipboard'
import { STRINGS } from '../strings'
import { showToast } from './toast-store'

interface CopyButtonProps {
  /** Makes what is copied when the button is pressed, so a copy is of what is on screen then. */
  content: () => RichText
  /** The accessible name, starting with the visible "Sao chép". */
  label: string
  /** What the toast says once it is on the clipboard. */
  copied: string
  className?: string
}

/** "Sao chép": rich text (HTML for Word, plain text for the rest) onto the clipboard, said in a toast. */
export function CopyButton({ content, label, copied, className = 'button button--quiet' }: CopyButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      title={STRINGS.copy.hint}
      onClick={() => showToast(copyRichText(content()) ? copied : STRINGS.copy.failed)}
    >
      {STRINGS.copy.button}
    </button>
  )
}
