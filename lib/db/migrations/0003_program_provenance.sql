ALTER TABLE `programs` ADD `apply_later` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `min_age` integer;--> statement-breakpoint
ALTER TABLE `programs` ADD `max_age` integer;--> statement-breakpoint
ALTER TABLE `programs` ADD `is_sample` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `source` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `first_seen_at` integer;--> statement-breakpoint
ALTER TABLE `programs` ADD `last_seen_at` integer;--> statement-breakpoint
ALTER TABLE `programs` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `programs` ADD `source_values` text;--> statement-breakpoint
CREATE INDEX `programs_source` ON `programs` (`source`);