export { dayKey, pickDailyReview } from './daily';
