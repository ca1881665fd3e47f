// The Seoul day the browser tests' fixtures are dated from. Global setup sets it once, so a test
// that runs after midnight in Seoul still counts days from the same start.
export function fixtureDay(): string {
  const day = process.env.E2E_FIXTURE_DAY;
  if (!day) throw new Error("E2E_FIXTURE_DAY is set by the e2e global setup");
  return day;
}
