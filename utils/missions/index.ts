export { entryByCode, GAZETTEER, type GazetteerEntry } from './gazetteer';
export { flagEmoji, missionTypeLabel } from './labels';
export { type AccountRecognition, normalizeName, recognizeAccount } from './recognize';
