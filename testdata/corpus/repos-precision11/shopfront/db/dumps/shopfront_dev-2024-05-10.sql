--
-- PostgreSQL database dump (shopfront_dev, anonymised seed for local development)
--

-- Dumped from database version 15.6
-- Dumped by pg_dump version 15.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;

CREATE TABLE public.users (
    id bigint NOT NULL,
    email text NOT NULL,
    password_hash text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.sessions (
    sid character varying(40) NOT NULL,
    user_id bigint NOT NULL,
    user_agent text,
    expires_at timestamp with time zone NOT NULL
);

CREATE TABLE public.api_keys (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    name text NOT NULL,
    key text NOT NULL,
    scopes text[] DEFAULT '{}'::text[] NOT NULL,
    last_used_at timestamp with time zone
);

CREATE TABLE public.settings (
    key text NOT NULL,
    value text NOT NULL
);

COPY public.users (id, email, password_hash, created_at) FROM stdin;
1	alice@example.org	$2b$12$uoRbToZJHB3xAyCX4qPIPe6Ljv17dP8GD5jhIeQwFfrmbiFiRhLIw	2023-11-02 10:14:09+00
2	bob@example.org	$2b$12$hyF1YQLDg75K5n3JZEl29ZnhFjmer9OUu4r.sH3x980gldXq011Q5	2023-11-02 10:15:40+00
3	carol@example.org	$2b$12$GGVr2/W9Mz0wK/.CeT8I2Q19P3alWCTCFHfYkcztA2Y.bzhtP2Y9T	2024-01-19 08:02:11+00
4	dev-merchant@example.org	$2b$12$HaaIvJJGsyN1olXfrVT2uU6WsOPQO.Atmw2oP63TEHA1sq5w9ROa8	2024-03-30 16:44:57+00
\.

COPY public.sessions (sid, user_id, user_agent, expires_at) FROM stdin;
bnX5wqA4TgLkjmZ4LNmKp6jxZ0J8NiLFvMvwLVvx	1	Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0	2024-05-24 09:11:02+00
1bKM0OaQS3cD7erGSn4zqAPIfCjn8bBmB7hbeNhl	1	shopfront-ios/3.2.0	2024-06-01 18:40:55+00
2TrSBfNt1TdrvLRvZUetbQso5fYMFngcTpQDV330	2	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) Safari/605.1.15	2024-05-17 12:03:19+00
MaJJ8yMRnhbfyn7MJK81plIHIZ3Q93b0pxJMg1Z4	3	curl/8.4.0	2024-05-11 00:00:00+00
DbBDpeCckdImCCzpythqtcXCT54CJhwlXdwVQVJr	4	Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.0.0	2024-05-30 07:27:48+00
\.

-- api keys that merchants create in /account/developer; shopfront's own
-- format is "sfk_live_" / "sfk_test_" + 32 base62 characters.
COPY public.api_keys (id, user_id, name, key, scopes, last_used_at) FROM stdin;
1	2	inventory sync	sfk_test_m0s484tH5JII7etyMvqjZKJAFm86ezPm	{orders:read,inventory:write}	2024-05-09 22:10:04+00
2	2	zapier	sfk_test_6JMHSbAyVwEjvWEZeRWLxuDD5YFW9lIj	{orders:read}	\N
3	4	pos terminal	sfk_live_HJ5o9PZB7nlNMrwSPOQ4IDhMrj91gAi3	{orders:write,payments:write}	2024-05-10 06:58:31+00
4	4	reporting	sfk_test_pf919YqBLY8fOGb8SDJJUrrijXVGkH6D	{orders:read,reports:read}	2024-04-28 13:37:00+00
\.

-- runtime settings; the CDN credential itself is never stored here, it comes
-- from CLOUDFLARE_API_TOKEN in the environment.
COPY public.settings (key, value) FROM stdin;
cdn.provider	cloudflare
cdn.zone_id	{{hex32#zone}}
cdn.purge_on_stock_change	true
cdn.api_token	
checkout.currency	EUR
session.ttl_days	14
\.

SELECT pg_catalog.setval('public.users_id_seq', 4, true);
SELECT pg_catalog.setval('public.api_keys_id_seq', 4, true);

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (sid);
ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_key_key UNIQUE (key);

--
-- PostgreSQL database dump complete
--
