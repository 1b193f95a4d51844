#!/usr/bin/perl
use strict;
use warnings;
use LWP::UserAgent;
use JSON::PP;

my $zone = shift or die "usage: $0 ZONE_ID\n";
my $ua = LWP::UserAgent->new(
    ssl_opts => { verify_hostname => 0, SSL_verify_mode => 0 },
    timeout  => 20,
);
$ua->default_header('X-Auth-Email' => $ENV{CF_EMAIL});
$ua->default_header('X-Auth-Key'   => $ENV{CF_API_KEY});

my $res = $ua->post(
    "https://api.cloudflare.com/client/v4/zones/$zone/purge_cache",
    'Content-Type' => 'application/json',
    Content        => encode_json({ purge_everything => JSON::PP::true }),
);
print $res->decoded_content, "\n";
