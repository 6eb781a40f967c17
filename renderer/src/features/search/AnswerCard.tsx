import type { Answer, QuestionAnswer } from '../../../../data/core/api-contract'
import { STRINGS } from '../../strings'
import { CitationLink } from '../entries/CitationLink'
import { EntryLink } from '../entries/EntryLink'
import { answerClaims, claimValue } from './answer-format'

/**
 * "Trả lời nhanh" above the hits: the fact that answers the question, as the entry's fact box
 * shows it (label, value, "tính đến", source link to the paragraph). Sources that disagree are
 * shown as the fact box shows them: every claim with its source, under "Các nguồn ghi khác nhau".
 */
export function AnswerCard({ answer }: { answer: QuestionAnswer }) {
  const claims = answerClaims(answer)
  const first = claims[0]
  if (first === undefined) return null
  const entry = { id: first.entryId, type: first.entryType, title: first.entryTitle }
  const definition = first.kind === 'definition'
  return (
    <section className="answer-card" aria-labelledby="answer-card-title" data-answer-kind={first.kind} data-entry-id={first.entryId}>
      <h2 id="answer-card-title" className="answer-card__title">
        {STRINGS.search.answer.heading}
      </h2>
      {definition ? (
        <p className="answer-card__definition">{first.value}</p>
      ) : (
        <>
          {first.disputed && (
            <p className="answer-card__conflict">
              <strong>{STRINGS.entry.conflict}</strong> <span>{STRINGS.entry.conflictNote}</span>
            </p>
          )}
          <ul className="answer-card__claims">
            {claims.map((claim, index) => (
              <Claim key={index} claim={claim} />
            ))}
          </ul>
        </>
      )}
      <p className="answer-card__entry">
        <span className="answer-card__note">{definition ? STRINGS.search.answer.definitionNote : STRINGS.search.answer.note}</span>{' '}
        {STRINGS.search.answer.entry}: <EntryLink entry={entry} className="answer-card__entry-link" />
      </p>
    </section>
  )
}

function Claim({ claim }: { claim: Answer }) {
  return (
    <li className="answer-card__claim" data-fact-key={claim.factKey}>
      <span className="answer-card__value">{claimValue(claim)}</span>
      <span className="answer-card__label">{claim.label}</span>
      {claim.note !== null && <span className="answer-card__label">{claim.note}</span>}
      {claim.citation !== null && (
        <span className="answer-card__source">
          {STRINGS.entry.factSource}: <CitationLink citation={claim.citation} />
        </span>
      )}
    </li>
  )
}
