CREATE TABLE `sync_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`dry_run` integer DEFAULT false NOT NULL,
	`outcome` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`counts` text,
	`rejected` text,
	`message` text
);
--> statement-breakpoint
CREATE INDEX `sync_runs_source` ON `sync_runs` (`source`,`started_at`);--> statement-breakpoint
ALTER TABLE `courses` ADD `self_payment` integer;--> statement-breakpoint
ALTER TABLE `courses` ADD `contact` text;--> statement-breakpoint
ALTER TABLE `courses` ADD `source` text;--> statement-breakpoint
ALTER TABLE `courses` ADD `first_seen_at` integer;--> statement-breakpoint
ALTER TABLE `courses` ADD `last_seen_at` integer;--> statement-breakpoint
ALTER TABLE `courses` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `courses` ADD `source_values` text;--> statement-breakpoint
CREATE INDEX `courses_source` ON `courses` (`source`);