-- Migration number: 0002 	 2024-10-02T08:40:01.503Z
CREATE TABLE IF NOT EXISTS integrations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  provider TEXT NOT NULL,
  account_id TEXT,
  api_token TEXT,
  api_key TEXT,
  api_email TEXT,
  enabled INTEGER NOT NULL DEFAULT 1
);
