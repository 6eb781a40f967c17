import type { EntryDocument } from '../../../../data/core/api-contract'
import { STRINGS } from '../../strings'

/** A term's names side by side in Vietnamese, English and Chinese, as a glossary card prints them. */
export function SheetNames({ entry }: { entry: EntryDocument }) {
  const names = [
    { lang: 'vi', label: STRINGS.print.names.vi, name: entry.title },
    { lang: 'en', label: STRINGS.print.names.en, name: entry.nameEn },
    { lang: 'zh', label: STRINGS.print.names.zh, name: entry.nameZh },
  ]
  return (
    <dl className="sheet-names print-whole">
      {names.map(
        ({ lang, label, name }) =>
          name && (
            <div key={lang} className="sheet-names__item">
              <dt>{label}</dt>
              <dd lang={lang}>{name}</dd>
            </div>
          ),
      )}
    </dl>
  )
}
