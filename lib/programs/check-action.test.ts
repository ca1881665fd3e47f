import { describe, expect, it } from "vitest";
import { checkEligibilityAction } from "./check-action";

describe("the residents' quick check, refusing an answer", () => {
  it("sends back what was typed in its own fields only, each cut short", async () => {
    const form = new FormData();
    form.set("age", "스물다섯");
    form.set("residence", `인천 ${"부평구".repeat(1_000)}`);
    form.append("statuses", "청년");
    form.set("junk", "x".repeat(3 * 1024 * 1024));
    const state = await checkEligibilityAction({ status: "idle" }, form);
    expect(state).toMatchObject({ status: "error", fieldErrors: { age: expect.any(String) } });
    if (state.status !== "error") return;
    expect(Object.keys(state.values).sort()).toEqual(
      ["age", "householdSize", "incomeBand", "residence", "statuses"].sort(),
    );
    expect(state.values.age).toEqual(["스물다섯"]);
    expect(state.values.statuses).toEqual(["청년"]);
    expect(state.values.residence![0]!.length).toBeLessThanOrEqual(40);
    expect(JSON.stringify(state).length).toBeLessThan(1_000);
  });
});
