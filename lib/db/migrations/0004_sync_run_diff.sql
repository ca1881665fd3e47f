ALTER TABLE `sync_runs` ADD `diff` text;--> statement-breakpoint
ALTER TABLE `sync_runs` ADD `requested_by` integer REFERENCES users(id);