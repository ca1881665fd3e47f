import { migrateDatabase } from "@/lib/db/client";

migrateDatabase()
  .then(() => console.log("database: migrations applied"))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
