import type { AnswerKind } from '../../data/core/api-contract'

/**
 * Questions as ministry staff type them, each written from an entry's facts (data/entries/) and
 * checked against the cited paragraph or reference (data/reference/apec-reference.json, the
 * sources in data/sources/): the expected values are the facts' values as the pack stores them.
 *
 * - `subject`: the entry the question is about; it must be among the first three entry hits.
 * - `answer`: the entry the answer card comes from and every value it must show (all claims,
 *   when the entry holds several or the sources disagree); `definition` for an entry's summary.
 *   null: the facts cannot answer the question, and no card may appear.
 */
export interface QuestionCase {
  question: string
  language: 'vi' | 'vi-unmarked' | 'en' | 'zh'
  kind: AnswerKind | 'none'
  subject?: string
  answer: { entry: string; values: string[]; disputed?: boolean } | { entry: string; definition: true } | null
}

const vi = (question: string, kind: QuestionCase['kind'], subject: string | undefined, answer: QuestionCase['answer']): QuestionCase => ({
  question,
  language: 'vi',
  kind,
  ...(subject === undefined ? {} : { subject }),
  answer,
})
const plain = (question: string, kind: QuestionCase['kind'], subject: string | undefined, answer: QuestionCase['answer']): QuestionCase => ({
  ...vi(question, kind, subject, answer),
  language: 'vi-unmarked',
})
const en = (question: string, kind: QuestionCase['kind'], subject: string | undefined, answer: QuestionCase['answer']): QuestionCase => ({
  ...vi(question, kind, subject, answer),
  language: 'en',
})
const zh = (question: string, kind: QuestionCase['kind'], subject: string | undefined, answer: QuestionCase['answer']): QuestionCase => ({
  ...vi(question, kind, subject, answer),
  language: 'zh',
})
const fact = (entry: string, ...values: string[]) => ({ entry, values })
const disputed = (entry: string, ...values: string[]) => ({ entry, values, disputed: true })
const definition = (entry: string) => ({ entry, definition: true as const })

export const QUESTION_GOLD_SET: readonly QuestionCase[] = [
  // Economies: when they joined (ref:apec-history for the founders, ref:gac-apec for the rest).
  vi('thái lan gia nhập apec năm nào', 'time', 'thailand', fact('thailand', '1989-11')),
  vi('Việt Nam gia nhập APEC năm nào', 'time', 'viet-nam', fact('viet-nam', '1998-11')),
  vi('Chi-lê gia nhập APEC khi nào', 'time', 'chile', fact('chile', '1994-11')),
  vi('Trung Quốc tham gia APEC từ bao giờ', 'time', 'china', fact('china', '1991-11')),
  vi('Mê-hi-cô gia nhập APEC năm nào', 'time', 'mexico', fact('mexico', '1993-11')),
  vi('Đài Loan gia nhập APEC khi nào', 'time', 'chinese-taipei', fact('chinese-taipei', '1991-11')),
  vi('Hồng Kông gia nhập APEC năm nào', 'time', 'hong-kong-china', fact('hong-kong-china', '1991-11')),
  plain('viet nam gia nhap apec nam nao', 'time', 'viet-nam', fact('viet-nam', '1998-11')),
  plain('peru gia nhap apec khi nao', 'time', 'peru', fact('peru', '1998-11')),
  plain('nga gia nhap apec nam nao', 'time', 'russia', fact('russia', '1998-11')),
  plain('pa-pua niu ghi-ne gia nhap apec nam nao', 'time', 'papua-new-guinea', fact('papua-new-guinea', '1993-11')),
  en('When did Chile join APEC?', 'time', 'chile', fact('chile', '1994-11')),
  en('what year did mexico join apec', 'time', 'mexico', fact('mexico', '1993-11')),
  en('when did russia join apec', 'time', 'russia', fact('russia', '1998-11')),
  zh('越南什么时候加入亚太经合组织', 'time', 'viet-nam', fact('viet-nam', '1998-11')),
  zh('中国哪一年加入亚太经合组织', 'time', 'china', fact('china', '1991-11')),
  zh('日本何时加入亚太经合组织', 'time', 'japan', fact('japan', '1989-11')),
  // Economies: the years they hosted (ref:apec-history; Chile 2019 from the 2019 statement).
  vi('Việt Nam đăng cai APEC năm nào', 'time', 'viet-nam', fact('viet-nam', '2006', '2017')),
  vi('Pê-ru đăng cai APEC những năm nào', 'time', 'peru', fact('peru', '2008', '2016', '2024')),
  vi('Nhật Bản làm chủ nhà APEC năm nào', 'time', 'japan', fact('japan', '1995', '2010')),
  plain('chile dang cai apec nam nao', 'time', 'chile', fact('chile', '2004', '2019')),
  en('When did Australia host APEC?', 'time', 'australia', fact('australia', '1989', '2007')),
  zh('韩国哪一年主办亚太经合组织', 'time', 'korea', fact('korea', '1991', '2005', '2025')),
  // Meetings: where (ref:apec-history, the CSOM 2017 article, the AMM 31 article).
  vi('apec 2006 tổ chức ở đâu', 'place', 'apec-2006', fact('apec-2006', 'Hà Nội')),
  vi('apec 2017 họp ở đâu', 'place', 'apec-2017', fact('apec-2017', 'Đà Nẵng')),
  vi('APEC 2014 diễn ra ở đâu', 'place', 'apec-2014', fact('apec-2014', 'Bắc Kinh')),
  vi('APEC 1993 họp ở đâu', 'place', 'apec-1993', fact('apec-1993', 'Đảo Blake, Seattle', 'Đảo Blake, tiểu bang Washington')),
  vi('Hội nghị Cấp cao APEC lần thứ 25 diễn ra ở đâu', 'place', 'aelm-25', fact('aelm-25', 'Đà Nẵng')),
  vi('CSOM 2017 họp tại đâu', 'place', 'csom-2017', fact('csom-2017', 'Đà Nẵng')),
  vi('Hội nghị Cấp cao ASEAN 37 tổ chức ở đâu', 'place', 'asean-summit-37', fact('asean-summit-37', 'Hà Nội')),
  plain('apec 2010 to chuc o dau', 'place', 'apec-2010', fact('apec-2010', 'Yokohama')),
  plain('hoi nghi bo truong apec dau tien hop o dau', 'place', 'apec-1989', fact('apec-1989', 'Can-be-ra')),
  en('where was apec 2012 held', 'place', 'apec-2012', fact('apec-2012', 'Vladivostok')),
  en('Where is APEC 2026?', 'place', 'apec-2026', fact('apec-2026', 'Thâm Quyến')),
  zh('APEC 2001在哪里举行', 'place', 'apec-2001', fact('apec-2001', 'Thượng Hải')),
  // Meetings: who hosted (ref:apec-history, the 2019 statement).
  vi('Ai đăng cai APEC 2017', 'host', 'apec-2017', fact('apec-2017', 'Việt Nam')),
  vi('nước nào đăng cai APEC 2020', 'host', 'apec-2020', fact('apec-2020', 'Ma-lai-xi-a')),
  vi('nền kinh tế nào là chủ nhà APEC 2025', 'host', 'apec-2025', fact('apec-2025', 'Hàn Quốc')),
  plain('nuoc nao dang cai apec 2023', 'host', 'apec-2023', fact('apec-2023', 'Hoa Kỳ')),
  plain('ai la chu nha apec 2019', 'host', 'apec-2019', fact('apec-2019', 'Chi-lê')),
  en('which economy hosted APEC 2018', 'host', 'apec-2018', fact('apec-2018', 'Pa-pua Niu Ghi-nê')),
  en('who hosted apec 2005', 'host', 'apec-2005', fact('apec-2005', 'Hàn Quốc')),
  zh('APEC 2026由哪个国家主办', 'host', 'apec-2026', fact('apec-2026', 'Trung Quốc')),
  // Meetings: when.
  vi('AMM 31 diễn ra khi nào', 'time', 'amm-31', fact('amm-31', '2020-11-16')),
  vi('CSOM 2017 khai mạc ngày nào', 'time', 'csom-2017', fact('csom-2017', '2017-11-06')),
  vi('Tuần lễ Cấp cao APEC 2017 diễn ra khi nào', 'time', 'apec-2017', fact('apec-2017', '6–11/11/2017')),
  vi('Hội nghị Cấp cao APEC lần thứ 27 diễn ra khi nào', 'time', 'aelm-27', fact('aelm-27', '2020-11-20')),
  vi('hội nghị bộ trưởng apec lần đầu tiên họp khi nào', 'time', 'apec-1989', disputed('apec-1989', '1989-10', '1989-11', '1989-11-06')),
  vi('Hội nghị Bộ trưởng WTO 2005 diễn ra khi nào', 'time', 'wto-ministerial-hong-kong-2005', fact('wto-ministerial-hong-kong-2005', '2005-12')),
  vi('Vòng Uruguay bắt đầu năm nào', 'time', 'uruguay-round', fact('uruguay-round', '1986')),
  plain('hop bao csom 2017 ngay nao', 'time', 'csom-2017-press-conference', fact('csom-2017-press-conference', '2017-11-07')),
  en('when was AELM 25 held', 'time', 'aelm-25', fact('aelm-25', '2017-11')),
  en('When did AMM 31 take place?', 'time', 'amm-31', fact('amm-31', '2020-11-16')),
  // Organisations, agreements: when founded, signed, in force.
  vi('APEC được thành lập năm nào', 'time', 'apec', fact('apec', '1989-11')),
  vi('WTO thành lập khi nào', 'time', 'wto', fact('wto', '1995-01-01')),
  vi('ABAC thành lập năm nào', 'time', 'abac', fact('abac', '1995')),
  vi('Ban Thư ký APEC được thành lập năm nào', 'time', 'apec-secretariat', fact('apec-secretariat', '1992')),
  vi('Hoa Kỳ rút khỏi TPP khi nào', 'time', 'tpp', fact('tpp', '2017-01')),
  plain('wto ra doi nam nao', 'time', 'wto', fact('wto', '1995-01-01')),
  en('When was the WTO established?', 'time', 'wto', fact('wto', '1995-01-01')),
  zh('亚太经合组织什么时候成立', 'time', 'apec', fact('apec', '1989-11')),
  // People.
  vi('ai chủ trì amm 31', 'person', 'amm-31', fact('amm-31', 'Bộ trưởng Ngoại thương và Công nghiệp Ma-lai-xi-a Mohamed Azmin Ali')),
  vi('Ai chủ trì Hội nghị Bộ trưởng APEC lần thứ nhất', 'person', 'apec-1989', fact('apec-1989', 'Gareth Evans, khi đó là Bộ trưởng Ngoại giao Ô-xtrây-li-a')),
  vi('ai dẫn đầu đoàn Việt Nam tại AMM 31', 'person', 'viet-nam', fact('viet-nam', 'Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh')),
  vi('Ai là chủ tịch SOM APEC 2017', 'person', 'apec-2017', fact('apec-2017', 'Thứ trưởng thường trực Bộ Ngoại giao Bùi Thanh Sơn')),
  vi('ai đề xuất Thỏa hiệp Thượng Hải', 'person', 'shanghai-accord', fact('shanghai-accord', 'Hoa Kỳ')),
  // wikipedia-apec ¶20: "Tháng 1 năm 1989, Thủ tướng Úc Bob Hawke đưa ra lời kêu gọi…".
  vi('ai đề xuất thành lập apec', 'person', 'apec', fact('apec', 'Bob Hawke, khi đó là Thủ tướng Ô-xtrây-li-a (lời kêu gọi tháng 1/1989)')),
  en('who proposed APEC', 'person', 'apec', fact('apec', 'Bob Hawke, khi đó là Thủ tướng Ô-xtrây-li-a (lời kêu gọi tháng 1/1989)')),
  plain('ai chu tri hop bao csom 2017', 'person', 'csom-2017-press-conference', fact('csom-2017-press-conference', 'Thứ trưởng thường trực Bộ Ngoại giao Bùi Thanh Sơn, Chủ tịch SOM APEC 2017')),
  en('who chaired AMM 31', 'person', 'amm-31', fact('amm-31', 'Bộ trưởng Ngoại thương và Công nghiệp Ma-lai-xi-a Mohamed Azmin Ali')),
  zh('谁主持了AMM 31', 'person', 'amm-31', fact('amm-31', 'Bộ trưởng Ngoại thương và Công nghiệp Ma-lai-xi-a Mohamed Azmin Ali')),
  // Counts.
  vi('apec có mấy thành viên', 'count', 'apec', fact('apec', '21')),
  vi('TPP còn bao nhiêu thành viên', 'count', 'tpp', disputed('tpp', '10', '11')),
  vi('APEC có bao nhiêu thành viên sáng lập', 'count', 'apec', fact('apec', '12')),
  vi('APEC có bao nhiêu quan sát viên', 'count', 'apec', fact('apec', '3')),
  vi('AMM 31 có bao nhiêu thành viên tham dự', 'count', 'amm-31', fact('amm-31', '21')),
  vi('Dân số Việt Nam là bao nhiêu', 'count', 'viet-nam', fact('viet-nam', '106,7 triệu người')),
  plain('apec co may thanh vien', 'count', 'apec', fact('apec', '21')),
  plain('dan so nhat ban bao nhieu', 'count', 'japan', fact('japan', '123,2 triệu người')),
  en('How many members does APEC have?', 'count', 'apec', fact('apec', '21')),
  zh('亚太经合组织有多少成员', 'count', 'apec', fact('apec', '21')),
  // Definitions: the entry's summary.
  vi('ftaap là gì', 'definition', 'ftaap', definition('ftaap')),
  vi('APEC là gì', 'definition', 'apec', definition('apec')),
  vi('cptpp là gì', 'definition', undefined, definition('tpp')),
  vi('ABAC là gì', 'definition', 'abac', definition('abac')),
  plain('csom la gi', 'definition', 'csom', definition('csom')),
  en('what is RCEP', 'definition', 'rcep', definition('rcep')),
  zh('亚太经合组织是什么', 'definition', 'apec', definition('apec')),
  // Places that are not meetings.
  vi('Ban Thư ký APEC đặt ở đâu', 'place', 'apec-secretariat', fact('apec-secretariat', 'Xin-ga-po')),
  vi('Thủ đô của Pê-ru là gì', 'place', 'peru', fact('peru', 'Lima')),
  en('Where is the APEC Secretariat headquartered?', 'place', 'apec-secretariat', fact('apec-secretariat', 'Xin-ga-po')),
  // Membership.
  vi('Thái Lan có phải thành viên APEC không', 'membership', 'thailand', fact('thailand', '1989-11')),
  vi('PECC có phải là thành viên APEC không', 'membership', 'pecc', fact('pecc', 'Quan sát viên')),
  plain('guam co phai thanh vien apec khong', 'membership', 'guam', fact('guam', 'Không phải thành viên riêng; Hoa Kỳ là đại diện chính thức')),
  en('Is Peru a member of APEC?', 'membership', 'peru', fact('peru', '1998-11')),
  vi('Ca-na-đa có phải thành viên sáng lập APEC không', 'membership', 'canada', fact('canada', 'Thành viên sáng lập')),
  // The facts cannot answer these: no card.
  vi('ai là tổng thư ký APEC', 'none', 'apec', null),
  vi('Ấn Độ gia nhập APEC năm nào', 'none', undefined, null),
  vi('Việt Nam gia nhập WTO năm nào', 'none', 'viet-nam', null),
  vi('ai là trưởng đoàn Việt Nam', 'none', 'viet-nam', null),
  vi('ASEAN có bao nhiêu thành viên', 'none', 'asean', null),
  vi('ai chủ trì APEC 2017', 'none', 'apec-2017', null),
  vi('dân số APEC là bao nhiêu', 'none', 'apec', null),
  vi('APEC 2030 tổ chức ở đâu', 'none', undefined, null),
  plain('nhat ban co bao nhieu thanh vien', 'none', 'japan', null),
  en('when did india join apec', 'none', undefined, null),
  en('who founded ABAC', 'none', 'abac', null),
  zh('东盟有多少成员', 'none', 'asean', null),
]
