-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for Linux (x86_64)
--
-- Host: localhost    Database: npm
-- ------------------------------------------------------

--
-- Table structure for table `certificate`
--

DROP TABLE IF EXISTS `certificate`;
CREATE TABLE `certificate` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_on` datetime NOT NULL,
  `modified_on` datetime NOT NULL,
  `owner_user_id` int(10) unsigned NOT NULL,
  `is_deleted` int(10) unsigned NOT NULL DEFAULT 0,
  `provider` varchar(255) NOT NULL,
  `nice_name` varchar(255) NOT NULL DEFAULT '',
  `domain_names` json NOT NULL,
  `expires_on` datetime NOT NULL,
  `meta` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `certificate` WRITE;
INSERT INTO `certificate` VALUES (3,'2023-11-02 18:21:40','2024-01-31 03:00:12',1,0,'letsencrypt','*.home.example.com','[\"*.home.example.com\",\"home.example.com\"]','2024-04-30 02:00:11','{\"letsencrypt_email\":\"media@example.com\",\"dns_challenge\":true,\"dns_provider\":\"cloudflare\",\"dns_provider_credentials\":\"# Cloudflare API token\\r\\ndns_cloudflare_api_token = {{tok40}}\",\"propagation_seconds\":\"\",\"letsencrypt_agree\":true}');
INSERT INTO `certificate` VALUES (5,'2023-12-14 09:02:11','2024-02-10 03:00:09',1,0,'letsencrypt','jellyfin.example.com','[\"jellyfin.example.com\"]','2024-05-10 02:00:07','{\"letsencrypt_email\":\"media@example.com\",\"dns_challenge\":false,\"letsencrypt_agree\":true}');
UNLOCK TABLES;
