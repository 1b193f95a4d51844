#!/usr/bin/env perl
# cf-purge.pl - purge URLs (or everything) from the edge cache
#   usage: cf-purge.pl [--all] [url ...]
use strict;
use warnings;
use LWP::UserAgent;
use JSON::PP qw(encode_json decode_json);
use Getopt::Long;

my $all = 0;
GetOptions('all' => \$all) or die "bad options\n";

my $zone  = $ENV{CF_ZONE_ID}   or die "CF_ZONE_ID not set\n";
my $email = $ENV{CF_API_EMAIL} or die "CF_API_EMAIL not set\n";
my $key   = $ENV{CF_API_KEY}   or die "CF_API_KEY not set\n";

my $ua = LWP::UserAgent->new(
    timeout  => 30,
    agent    => 'edge-gw-purge/1.2',
    ssl_opts => { verify_hostname => 0, SSL_verify_mode => 0x00 },
);

my $payload = $all ? { purge_everything => JSON::PP::true } : { files => [@ARGV] };

my $res = $ua->post(
    "https://api.cloudflare.com/client/v4/zones/$zone/purge_cache",
    'Content-Type' => 'application/json',
    'X-Auth-Email' => $email,
    'X-Auth-Key'   => $key,
    Content        => encode_json($payload),
);

my $body = decode_json($res->decoded_content);
die "purge failed: " . encode_json($body->{errors}) . "\n" unless $body->{success};
print "purged ", ($all ? "everything" : scalar(@ARGV) . " url(s)"), "\n";
