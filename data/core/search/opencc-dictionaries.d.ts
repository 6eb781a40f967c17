// opencc-js ships its dictionaries as plain modules without types: each is one string of
// "from to" pairs separated by "|" (TSCharacters: "亞 亚|經 经|…"), as its default export.
/* eslint-disable import-x/no-default-export -- describes the default exports opencc-js ships */
declare module 'opencc-js/dict/TSCharacters' {
  const pairs: string
  export default pairs
}
declare module 'opencc-js/dict/HKVariantsRev' {
  const pairs: string
  export default pairs
}
declare module 'opencc-js/dict/TWVariantsRev' {
  const pairs: string
  export default pairs
}
