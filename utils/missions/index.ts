export { entryByCode, GAZETTEER, type GazetteerEntry } from './gazetteer';
export { missionLabel, missionPlace, missionTypeLabel } from './labels';
export { type AccountRecognition, normalizeName, recognizeAccount, recognizeXAccount } from './recognize';
