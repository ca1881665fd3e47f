ALTER TABLE `programs` ADD `eligible_applicants` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `eligible_areas` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `household_rule` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `income_rule` text;--> statement-breakpoint
-- Rows written before the column: a region that names the whole country or all of 인천 says
-- where the program is open; others wait for their next sync or edit.
UPDATE `programs` SET `eligible_areas` = '["전국"]' WHERE `region` = '전국';--> statement-breakpoint
UPDATE `programs` SET `eligible_areas` = '["인천"]' WHERE `region` = '인천';
--> statement-breakpoint
-- Program documents now carry the areas (the catalog filters by them): send every public one again.
INSERT INTO `search_outbox` (`entity`, `document_id`) SELECT 'program', `external_id` FROM `programs` WHERE `status` = 'published';
