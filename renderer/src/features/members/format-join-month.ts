import { STRINGS } from '../../strings'

/** "1998-11" → "tháng 11/1998"; anything else is shown as it is. */
export function formatJoinMonth(value: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value)
  if (!match) return value
  const [, year = '', month = ''] = match
  return STRINGS.members.joinMonth(Number(month), year)
}
