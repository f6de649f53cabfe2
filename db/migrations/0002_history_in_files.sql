-- Order histories move to a file per store (db/history/). The old tables are kept under
-- legacy names until their rows are moved (db/history/legacy.ts), then dropped.
ALTER TABLE `customers` RENAME TO `legacy_customers`;--> statement-breakpoint
ALTER TABLE `order_lines` RENAME TO `legacy_order_lines`;--> statement-breakpoint
ALTER TABLE `orders` RENAME TO `legacy_orders`;--> statement-breakpoint
ALTER TABLE `stores` ADD `history_file` text;
