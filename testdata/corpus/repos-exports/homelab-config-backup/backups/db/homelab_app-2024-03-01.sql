--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6 (Debian 15.6-1.pgdg120+2)
-- Dumped by pg_dump version 15.6 (Debian 15.6-1.pgdg120+2)

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

--
-- Name: cloudflare_accounts; Type: TABLE; Schema: public; Owner: homelab
--

CREATE TABLE public.cloudflare_accounts (
    id integer NOT NULL,
    label character varying(64) NOT NULL,
    email character varying(255) NOT NULL,
    api_key character varying(64) NOT NULL,
    created_at timestamp with time zone DEFAULT now()
);

--
-- Name: storage_targets; Type: TABLE; Schema: public; Owner: homelab
--

CREATE TABLE public.storage_targets (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    endpoint text NOT NULL,
    access_key_id character varying(64) NOT NULL,
    secret_access_key character varying(128) NOT NULL
);

--
-- Data for Name: app_settings; Type: TABLE DATA; Schema: public; Owner: homelab
--

COPY public.app_settings (key, value) FROM stdin;
site_name	Homelab Photos
turnstile_site_key	0x4AAAAAAAC1xexampleSITE
turnstile_secret_key	{{turnstile}}
signup_enabled	false
\.

--
-- Data for Name: cloudflare_accounts; Type: TABLE DATA; Schema: public; Owner: homelab
--

COPY public.cloudflare_accounts (id, label, email, api_key, created_at) FROM stdin;
1	main	owner@example.com	{{hex37}}	2023-06-02 18:44:10.511+02
\.

--
-- Data for Name: storage_targets; Type: TABLE DATA; Schema: public; Owner: homelab
--

COPY public.storage_targets (id, name, endpoint, access_key_id, secret_access_key) FROM stdin;
1	r2-photos	https://{{hex32}}.r2.cloudflarestorage.com	{{hex32}}	{{hex64}}
2	b2-offsite	https://s3.eu-central-003.backblazeb2.com	003a1b2c3d4e5f60000000001	K003exampleBackblazeApplicationKey0
\.

--
-- PostgreSQL database dump complete
--
