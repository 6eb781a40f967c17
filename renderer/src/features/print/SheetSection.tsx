import type { ReactNode } from 'react'

/**
 * A numbered section of a printed sheet (print-sheet.css counts them I, II, III…). Its heading is
 * kept with what follows, so no page ends on a heading.
 */
export function SheetSection({
  level,
  title,
  className,
  children,
}: {
  level: 2 | 3
  title: string
  className: string
  children: ReactNode
}) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <section className={`sheet-section ${className}`}>
      <Heading className="sheet-section__title print-keep">{title}</Heading>
      {children}
    </section>
  )
}
