ALTER TABLE `articles` ADD `deleted_at` integer;--> statement-breakpoint
ALTER TABLE `issues` ADD `deleted_at` integer;