/** Rows below the data that data validation also covers, for the schools a user adds by hand. */
export const VALIDATION_SPARE_ROWS = 200;
