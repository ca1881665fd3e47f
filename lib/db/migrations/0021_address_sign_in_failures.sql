CREATE TABLE `address_sign_in_failures` (
	`ip` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`window_started_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `address_sign_in_failures_window` ON `address_sign_in_failures` (`window_started_at`);