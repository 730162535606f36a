export { dayKey, pickDailyReview, reviewedPatch } from './daily';
