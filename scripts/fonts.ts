import { writeFileSync } from "node:fs";
import { pretendardStylesheet } from "@/lib/fonts/pretendard";

// `npm run fonts`: writes app/pretendard.css from the installed pretendard package.
writeFileSync("app/pretendard.css", pretendardStylesheet());
console.log("app/pretendard.css written");
